<?php
// Installs WordPress into the database (step "core"), activates plugins (step "plugins", one
// plugin folder per argument, in order) or creates the two users with an Application Password
// each (step "users", prints shell assignments). Each step is its own PHP process: WordPress
// loads no plugins while WP_INSTALLING is set, and the users step needs the plugins loaded.
if ($argc < 3) {
    fwrite(STDERR, "usage: install.php WORDPRESS_DIR core|plugins|users [plugin-folder ...]\n");
    exit(2);
}
[$self, $wpDir, $step] = $argv;
$folders = array_slice($argv, 3);
if ($step === 'core') {
    define('WP_INSTALLING', true);
    // Pluggable: replaces WordPress's "your new site" mail (there is no MTA to send it with).
    function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password) {
    }
}
require $wpDir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

function fail(string $message): void {
    fwrite(STDERR, "fluentcrm-site: $message\n");
    exit(1);
}

if ($step === 'core') {
    if (!is_blog_installed()) {
        $result = wp_install('FluentCRM test site', 'admin', 'admin@example.test', false, '', wp_generate_password(32));
        if (is_wp_error($result)) {
            fail('WordPress install failed: ' . $result->get_error_message());
        }
    }
    update_option('permalink_structure', '/%postname%/');
    update_option('timezone_string', 'UTC');
    exit(0);
}

if ($step === 'plugins') {
    wp_cache_flush();
    $all = get_plugins();
    foreach ($folders as $folder) {
        $file = null;
        foreach (array_keys($all) as $candidate) {
            if (strpos($candidate, $folder . '/') === 0) {
                $file = $candidate;
                break;
            }
        }
        if ($file === null) {
            fail("no WordPress plugin header found in wp-content/plugins/$folder");
        }
        if (!is_plugin_active($file)) {
            $result = activate_plugin($file);
            if (is_wp_error($result)) {
                fail("activating $file failed: " . $result->get_error_message());
            }
        }
        // The release string the spec's x-fluentcrm-availability uses: product name and version.
        $labels = ['fluent-crm' => 'FluentCRM', 'fluentcampaign-pro' => 'FluentCampaign Pro'];
        echo ($labels[$folder] ?? $all[$file]['Name']) . ' ' . $all[$file]['Version'] . "\n";
    }
    exit(0);
}

if ($step === 'users') {
    $admin = get_user_by('login', 'admin');
    if (!$admin) {
        fail('the admin user is missing');
    }
    $noRights = get_user_by('login', 'norights');
    if (!$noRights) {
        $id = wp_insert_user([
            'user_login' => 'norights',
            'user_email' => 'norights@example.test',
            'user_pass' => wp_generate_password(32),
            'role' => 'subscriber',
        ]);
        if (is_wp_error($id)) {
            fail('creating the user without FluentCRM rights failed: ' . $id->get_error_message());
        }
        $noRights = get_user_by('id', $id);
    }
    if (!wp_is_application_passwords_available()) {
        fail('Application Passwords are not available (WP_ENVIRONMENT_TYPE must be local on plain http)');
    }
    $lines = [];
    foreach ([['FLUENTCRM_USER', 'FLUENTCRM_APP_PASSWORD', $admin], ['FLUENTCRM_NORIGHTS_USER', 'FLUENTCRM_NORIGHTS_APP_PASSWORD', $noRights]] as [$userVar, $passVar, $user]) {
        $created = WP_Application_Passwords::create_new_application_password($user->ID, ['name' => 'fluentcrm-site']);
        if (is_wp_error($created)) {
            fail('creating an Application Password failed: ' . $created->get_error_message());
        }
        $lines[] = $userVar . "='" . $user->user_login . "'";
        $lines[] = $passVar . "='" . WP_Application_Passwords::chunk_password($created[0]) . "'";
    }
    echo implode("\n", $lines) . "\n";
    exit(0);
}
fail("unknown step $step");

<?php
// Seeds a fresh site through FluentCRM's REST API, as a user of the API would: switches on the
// company module and smart links, then creates tags, lists, custom fields, contacts with notes,
// a company, a template, a campaign, a funnel, a sequence with one email, a recurring campaign, a dynamic
// segment and a smart link. Prints the ids it created as JSON; fails on the first call that
// does not answer 200, naming the call.
$base = rtrim(getenv('FLUENTCRM_SITE_URL'), '/') . '/wp-json/fluent-crm/v2';
$auth = getenv('FLUENTCRM_USER') . ':' . getenv('FLUENTCRM_APP_PASSWORD');

function call(string $method, string $path, ?array $body = null): array {
    global $base, $auth;
    $curl = curl_init($base . $path);
    $headers = ['Accept: application/json'];
    if ($body !== null) {
        $headers[] = 'Content-Type: application/json';
        curl_setopt($curl, CURLOPT_POSTFIELDS, json_encode($body));
    }
    curl_setopt_array($curl, [
        CURLOPT_CUSTOMREQUEST => $method,
        CURLOPT_USERPWD => $auth,
        CURLOPT_HTTPHEADER => $headers,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_CONNECTTIMEOUT => 10,
        CURLOPT_TIMEOUT => 60,
    ]);
    $raw = curl_exec($curl);
    $status = curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
    $error = curl_error($curl);
    curl_close($curl);
    $decoded = is_string($raw) ? json_decode($raw, true) : null;
    if ($status !== 200 || !is_array($decoded)) {
        $what = $raw === false ? $error : substr(preg_replace('/\s+/', ' ', $raw), 0, 300);
        fwrite(STDERR, "fluentcrm-site: seeding: $method $path answered $status: $what\n");
        exit(1);
    }
    return $decoded;
}

$ids = [];

// Switches: companies answer only with the module on; smart links answer 422 until activated;
// the activity log answers 423 until its switch has created its table once.
$experiments = call('GET', '/setting/experiments')['settings'] ?? [];
$experiments['company_module'] = 'yes';
$experiments['activity_log'] = 'yes';
call('POST', '/setting/experiments', $experiments);
call('POST', '/smart-links/activate');

foreach ([['VIP', 'Contacts who get early access'], ['Lead', 'Came in through a form'], ['Customer', 'Bought at least once']] as [$title, $description]) {
    $ids['tags'][$title] = call('POST', '/tags', ['title' => $title, 'description' => $description])['lists']['id'];
}
foreach ([['Newsletter', 'newsletter', 'The monthly newsletter'], ['Beta Testers', 'beta-testers', 'People who try new features first']] as [$title, $slug, $description]) {
    $ids['lists'][$title] = call('POST', '/lists', ['title' => $title, 'slug' => $slug, 'description' => $description])['lists']['id'];
}

call('PUT', '/custom-fields/contacts', ['fields' => [
    ['label' => 'Plan', 'slug' => 'plan', 'type' => 'select-one', 'group' => 'Custom Profile Data', 'options' => ['Free', 'Pro', 'Enterprise']],
    ['label' => 'Renewal date', 'slug' => 'renewal_date', 'type' => 'date', 'group' => 'Custom Profile Data'],
    ['label' => 'Seats', 'slug' => 'seats', 'type' => 'number', 'group' => 'Custom Profile Data'],
]]);

$people = [
    ['ada@example.test', 'Ada', 'Lovelace', 'London', 'subscribed', ['VIP', 'Customer'], ['Newsletter', 'Beta Testers'], ['plan' => 'Pro', 'renewal_date' => '2027-01-15', 'seats' => '5']],
    ['charles@example.test', 'Charles', 'Babbage', 'London', 'subscribed', ['Lead'], ['Newsletter'], ['plan' => 'Free', 'seats' => '1']],
    ['grace@example.test', 'Grace', 'Hopper', 'Arlington', 'pending', ['Lead', 'VIP'], ['Beta Testers'], ['plan' => 'Enterprise', 'renewal_date' => '2026-12-31', 'seats' => '40']],
    ['alan@example.test', 'Alan', 'Turing', 'Manchester', 'unsubscribed', [], ['Newsletter'], []],
];
foreach ($people as [$email, $first, $last, $city, $status, $tags, $lists, $custom]) {
    $contact = call('POST', '/subscribers', [
        'email' => $email, 'first_name' => $first, 'last_name' => $last, 'city' => $city, 'country' => 'GB',
        'status' => $status,
        'tags' => array_map(fn($t) => $ids['tags'][$t], $tags),
        'lists' => array_map(fn($l) => $ids['lists'][$l], $lists),
        'custom_values' => $custom,
    ])['contact'];
    $ids['contacts'][$email] = $contact['id'];
}
$ada = $ids['contacts']['ada@example.test'];
foreach ([['Renewal call', '<p>Asked about the renewal; wants more seats.</p>', 'call'], ['Met at the fair', '<p>Interested in the beta.</p>', 'note']] as [$title, $description, $type]) {
    $ids['notes'][] = call('POST', "/subscribers/$ada/notes", ['note' => ['title' => $title, 'description' => $description, 'type' => $type]])['note']['id'];
}

$ids['company'] = call('POST', '/companies', [
    'name' => 'Analytical Engines Ltd', 'type' => 'Customer', 'industry' => 'Manufacturing',
    'website' => 'https://engines.example.test', 'email' => 'hello@engines.example.test', 'intended_contact_id' => $ada,
])['company']['id'];

$ids['template'] = call('POST', '/templates', ['template' => [
    'post_title' => 'Welcome Email', 'post_content' => '<p>Hello {{contact.first_name}},</p><p>Thanks for joining.</p>',
    'post_excerpt' => 'Thanks for joining', 'email_subject' => 'Welcome to {{crm.business_name}}',
    'edit_type' => 'html', 'design_template' => 'simple',
    'settings' => ['template_config' => ['content_padding' => 20], 'footer_settings' => ['custom_footer' => 'no']],
]])['template_id'];

$campaign = call('POST', '/campaigns', ['title' => 'December Newsletter']);
$ids['campaign'] = $campaign['campaign']['id'] ?? $campaign['id'];
call('PUT', '/campaigns/' . $ids['campaign'], [
    'title' => 'December Newsletter', 'email_subject' => 'What is new in December', 'email_pre_header' => 'News and tips',
    'email_body' => '<p>Hello {{contact.first_name}},</p><p>Here is the news.</p>', 'design_template' => 'simple', 'next_step' => 1,
]);

$funnel = call('POST', '/funnels', ['funnel' => [
    'title' => 'Welcome new leads', 'trigger_name' => 'fluentcrm_contact_added_to_tags', 'description' => 'Greets contacts tagged as leads',
]]);
$ids['funnel'] = $funnel['funnel']['id'];

$sequence = call('POST', '/sequences', ['title' => 'Onboarding Series']);
$ids['sequence'] = $sequence['sequence']['id'];
// An email in the sequence, so that the calls on one sequence email have an id to use.
call('POST', '/sequences/' . $ids['sequence'] . '/email', ['email' => [
    'email_subject' => 'Welcome aboard', 'email_pre_header' => 'Good to have you here',
    'email_body' => '<p>Glad to have you here.</p>', 'design_template' => 'simple', 'template_id' => 0,
    'settings' => ['timings' => ['delay_unit' => 'days', 'delay' => 1, 'is_anytime' => 'yes']],
]]);

$recurring = call('POST', '/recurring-campaigns', ['campaign' => [
    'title' => 'Weekly Digest',
    'settings' => [
        'scheduling_settings' => ['type' => 'weekly', 'day' => 'mon', 'time' => '09:00', 'send_automatically' => 'no'],
        'sending_conditions' => [],
        'subscribers_settings' => ['subscribers' => [['list' => $ids['lists']['Newsletter'], 'tag' => 'all']], 'sending_filter' => 'list_tag'],
    ],
]]);
$ids['recurring_campaign'] = $recurring['campaign_id'];

$segment = call('POST', '/dynamic-segments', ['segment' => json_encode([
    'title' => 'London subscribers', 'description' => 'city = London, subscribed',
    'filters' => [[
        ['source' => ['subscriber', 'city'], 'operator' => '=', 'value' => 'London'],
        ['source' => ['segment', 'status'], 'operator' => 'in', 'value' => ['subscribed']],
    ]],
])]);
$ids['dynamic_segment'] = $segment['segment']['id'];

$ids['smart_link'] = call('POST', '/smart-links', ['link' => [
    'title' => 'Interested in the upgrade', 'target_url' => 'https://example.test/upgrade',
    'actions' => ['tags' => [$ids['tags']['VIP']], 'lists' => []],
    'detach_actions' => ['tags' => [$ids['tags']['Lead']], 'lists' => []], 'auto_login' => 'no', 'notes' => 'Used in the December newsletter',
]])['link']['id'];

echo json_encode($ids, JSON_PRETTY_PRINT), "\n";

<?php
// Reads a REST namespace index and prints "METHOD /path" lines (see ../route-index).
$raw = @file_get_contents($argv[1], false, stream_context_create(['http' => ['timeout' => 30]]));
$index = is_string($raw) ? json_decode($raw, true) : null;
if (!is_array($index) || !isset($index['routes'])) {
    fwrite(STDERR, "fluentcrm-site: $argv[1] did not answer with a route index\n");
    exit(1);
}
$namespace = '/' . trim($index['namespace'] ?? 'fluent-crm/v2', '/');
$lines = [];
foreach ($index['routes'] as $route => $details) {
    $path = substr($route, strlen($namespace));
    // (?P<name>...) with character classes inside, e.g. (?P<id>[^\s(?!/)]+), becomes {name}.
    $path = preg_replace('/\(\?P<([A-Za-z_]+)>(?:\[[^\]]*\]|[^()\[])*\)/', '{$1}', $path);
    foreach ($details['methods'] as $method) {
        $lines[] = [$path === '' ? '/' : $path, $method];
    }
}
usort($lines, fn($a, $b) => [$a[0], $a[1]] <=> [$b[0], $b[1]]);
foreach ($lines as [$path, $method]) {
    echo "$method $path\n";
}

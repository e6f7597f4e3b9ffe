// Reads a scrape in Prometheus' text format on stdin and prints its metric families as JSON.
const parse = require('parse-prometheus-text-format');

// The parser trims each line before reading it, so an empty docstring ("# HELP name ", as the Java client writes
// it) loses its separator and is refused, where Prometheus reads it. Such lines say nothing: they are left out.
const EMPTY_HELP = /^# HELP \S+\s*$/;

let text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { text += chunk; });
process.stdin.on('end', () => {
  const lines = text.split('\n').filter(line => !EMPTY_HELP.test(line));
  process.stdout.write(JSON.stringify(parse(lines.join('\n'))));
});

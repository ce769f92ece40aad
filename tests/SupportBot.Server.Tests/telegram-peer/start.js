// Starts telegram-test-api (the Bot API peer of the Telegram end-to-end tests) on 127.0.0.1 and the port given,
// prints "listening" once it accepts requests, and stops when stdin closes, so it never outlives the test run.
'use strict';
const TelegramServer = require('telegram-test-api');

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: node start.js <port>');
  process.exit(2);
}

const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.stop().finally(() => process.exit(0));
};

server.start().then(
  () => console.log(`listening on 127.0.0.1:${port}`),
  (error) => { console.error(`could not start: ${error}`); process.exit(1); });
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

'use strict';

// Artillery processor for ws-ask.yml: a distinct id and one of the sample questions for each ask, and the
// time from the send to the matched answer as the histogram verbatim.ask_ms.
const QUESTIONS = [
  'Who did Blinken meet?',
  'What is the most important issue for China?',
  'How long was the meeting?',
  'Who will travel to China after Blinken?',
  'When is Blinken to meet Wang Yi?',
];
let users = 0;

function nextAsk(context, events, done) {
  if (context.vars.user === undefined) {
    context.vars.user = ++users;
    context.vars.n = 0;
  }
  const n = context.vars.n++;
  context.vars.askId = `a${process.pid}-${context.vars.user}-${n}`;
  context.vars.question = QUESTIONS[(context.vars.user + n) % QUESTIONS.length];
  context.vars.sentAt = process.hrtime.bigint();
  return done();
}

function answered(context, events, done) {
  const ms = Number(process.hrtime.bigint() - context.vars.sentAt) / 1e6;
  events.emit('histogram', 'verbatim.ask_ms', ms);
  events.emit('counter', 'verbatim.answers', 1);
  return done();
}

module.exports = { nextAsk, answered };

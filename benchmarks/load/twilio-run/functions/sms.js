// SMS auto-reply: the same function as ScriptHost's template, in Twilio Functions' own JavaScript shape.
exports.handler = function (context, event, callback) {
  const twiml = new Twilio.twiml.MessagingResponse();
  twiml.message(`Thanks ${event.From}, you said: ${event.Body}`);
  callback(null, twiml);
};

// scripts-samples/sms-auto-reply.csx in Twilio Functions' own JavaScript shape, statement for statement.
exports.handler = function (context, event, callback) {
  const business = context.BUSINESS_NAME || 'us';
  const text = (event.Body || '').trim();
  const keyword = text.split(' ', 1)[0].toUpperCase();
  const count = parseInt(event.NumMedia || '0', 10);
  const pictures = Number.isNaN(count) ? 0 : count;

  let reply;
  if (keyword === 'HOURS') {
    reply = context.OPENING_HOURS ? `Our opening hours: ${context.OPENING_HOURS}` : "Call us for today's opening hours.";
  } else if (keyword === 'WHERE') {
    reply = context.ADDRESS ? `You'll find ${business} at ${context.ADDRESS}.` : "Reply with your postcode and we'll send you directions.";
  } else if (pictures > 0) {
    reply = pictures === 1 ? 'Thanks for the picture!' : `Thanks for the ${pictures} pictures!`;
  } else {
    reply = `Thanks for texting ${business}! We got "${text}" and will reply soon. Text HOURS for opening hours or WHERE for our address.`;
  }

  console.log(`Auto-reply to ${event.MessageSid} (${keyword.length === 0 ? 'no text' : keyword})`);
  const twiml = new Twilio.twiml.MessagingResponse();
  twiml.message(reply);
  callback(null, twiml);
};

// Sends the text in Event "Body" to Event "To" with the synchronous resource method, which blocks this invocation's thread.
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

var message = MessageResource.Create(
    to: new PhoneNumber(Event.Get("To")), from: new PhoneNumber("+15017122661"), body: Event.Get("Body"), client: Context.GetTwilioClient());
return new { sid = message.Sid, status = message.Status.ToString() };

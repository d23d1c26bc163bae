// Sends the text in Event "Body" to Event "To" with the async resource method.
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

try
{
    var message = await MessageResource.CreateAsync(
        to: new PhoneNumber(Event.Get("To")), from: new PhoneNumber("+15017122661"), body: Event.Get("Body"), client: Context.GetTwilioClient());
    return new { sid = message.Sid, status = message.Status.ToString() };
}
catch (ApiException e)
{
    return new Response().SetStatusCode(502).SetBody(new { code = e.Code, status = e.Status, message = e.Message });
}

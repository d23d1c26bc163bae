// Sends the text in Event "Body" to Event "To" and answers the library's MessageResource itself, as JSON.
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

return await MessageResource.CreateAsync(
    to: new PhoneNumber(Event.Get("To")), from: new PhoneNumber("+15017122661"), body: Event.Get("Body"), client: Context.GetTwilioClient());

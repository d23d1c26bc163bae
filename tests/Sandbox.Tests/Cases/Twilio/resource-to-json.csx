using Twilio.Rest.Api.V2010.Account;

// ToJson(object) hands any object to Newtonsoft.
return MessageResource.ToJson(new { to = "+15558675310" });

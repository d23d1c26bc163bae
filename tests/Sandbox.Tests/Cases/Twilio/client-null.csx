using Twilio.Rest.Api.V2010.Account;

// null is no client either.
var message = MessageResource.Fetch("SM0123456789abcdef0123456789abcdef", client: null);
return message.Sid;

// As Twilio's documentation starts: one process-wide account.
using Twilio;
using Twilio.Rest.Api.V2010.Account;

TwilioClient.Init(Context.Env["ACCOUNT_SID"], Context.Env["AUTH_TOKEN"]);
return "initialised";

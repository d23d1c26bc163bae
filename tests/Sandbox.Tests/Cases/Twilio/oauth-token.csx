using Twilio.Rest.Oauth.V1;

// Token endpoints ask TwilioClient for a no-auth client of the library's own, whatever client is passed.
var token = await TokenResource.CreateAsync(grantType: "client_credentials", clientId: "id", client: Context.GetTwilioClient());
return token.AccessToken;

// SMS auto-reply (benchmark copy of the scripts-samples template): answers an incoming SMS with TwiML that echoes it.
var r = new MessagingResponse();
r.Message($"Thanks {Event["From"]}, you said: {Event["Body"]}");
return r;

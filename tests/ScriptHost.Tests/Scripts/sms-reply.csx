// Replies to an incoming SMS with TwiML.
var response = new MessagingResponse();
response.Message("hi " + Event.Get("From", "there"));
return response;

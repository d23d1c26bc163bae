Cancellation.Register(() => { });
return 1;

var timer = new Timer(_ => { }, null, 0, 1000);
return 1;

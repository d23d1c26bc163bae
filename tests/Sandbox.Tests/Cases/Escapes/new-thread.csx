new Thread(() => { }).Start();
return 1;

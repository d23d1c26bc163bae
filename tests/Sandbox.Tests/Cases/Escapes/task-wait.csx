var work = Task.Delay(10);
work.Wait();
return 1;

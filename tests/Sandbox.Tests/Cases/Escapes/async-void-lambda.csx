Action fire = async () => await Task.Delay(1);
fire();
return 1;

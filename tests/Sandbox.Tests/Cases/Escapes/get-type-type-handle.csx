var handle = 1.GetType().TypeHandle;
return 1;

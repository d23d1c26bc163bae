delegate*<void> call = null;
return 1;

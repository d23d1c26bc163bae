Spin.Forever();
return 1;

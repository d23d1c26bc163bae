var socket = new System.Net.Sockets.Socket(default, default, default);
return 1;

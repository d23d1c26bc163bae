var client = new System.Net.Http.HttpClient();
return 1;

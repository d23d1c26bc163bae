// The loop lives in a local function.
void Spin() { for (var i = 0; ; i++) { } }
Spin();

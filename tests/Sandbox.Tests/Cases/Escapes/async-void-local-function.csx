async void Fire()
{
    await Task.Delay(1);
}
Fire();
return 1;

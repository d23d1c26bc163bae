// Reads one of the service's assets (private ones included) by the path in the 'asset' parameter.
return await Assets.ReadTextAsync(Event["asset"]) ?? "(missing)";

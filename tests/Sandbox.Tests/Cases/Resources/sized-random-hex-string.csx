return Random.Shared.GetHexString(600_000_000).Length;

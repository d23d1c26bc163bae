return System.Text.Json.JsonSerializer.Serialize(new { A = 1 });

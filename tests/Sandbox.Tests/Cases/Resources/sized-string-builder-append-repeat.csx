using System.Text;
return new StringBuilder().Append('x', 600_000_000).Length;

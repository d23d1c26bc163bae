using System.Text;
return new StringBuilder(600_000_000).Capacity;

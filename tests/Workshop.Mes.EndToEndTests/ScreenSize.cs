namespace Workshop.Mes.EndToEndTests;

/// <summary>The screens an owner works on: a desktop (1440×900) and a phone (390×844, touch).</summary>
public enum ScreenSize
{
    Desktop,
    Phone,
}

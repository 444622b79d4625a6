namespace Workshop.Mes.ShopFloor.Resources;

/// <summary>The tablet's strings: <c>Text.resx</c> (English) and <c>Text.ko.resx</c> (Korean, the default language).</summary>
public sealed class Text;

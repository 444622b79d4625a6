using MudBlazor;

namespace Workshop.Mes.Web.Components.Layout;

/// <summary>
/// Large, calm type that reads well on an office PC and a phone; Korean fonts first. The status colours are darker
/// than MudBlazor's defaults so that a chip's text, filled or outlined, meets WCAG 2.2 AA (4.5:1) on white.
/// </summary>
internal static class MesTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Info = "#1565c0",
            Success = "#1b7a3a",
            Warning = "#a85300",
            Error = "#c62828",
            TextSecondary = "#5c5c5c",
        },

        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Pretendard", "Noto Sans KR", "NanumGothic", "Malgun Gothic", "Apple SD Gothic Neo", "sans-serif"],
            },

            // Korean has no capitals; English labels read better as written than shouted.
            Button = new ButtonTypography { TextTransform = "none" },
        },
    };
}

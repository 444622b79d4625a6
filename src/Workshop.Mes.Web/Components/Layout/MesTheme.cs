using MudBlazor;

namespace Workshop.Mes.Web.Components.Layout;

/// <summary>Large, calm type that reads well on an office PC and a phone; Korean fonts first.</summary>
internal static class MesTheme
{
    public static readonly MudTheme Theme = new()
    {
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

using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Workshop.Mes.Web.Features.Tenancy;

/// <summary>The <c>Smtp</c> configuration section; without a host no mail is sent and the link is only shown.</summary>
internal sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? User { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "no-reply@workshop-mes.local";
}

/// <summary>
/// Sends the invitation link by e-mail when SMTP is configured. A failure is logged and not shown as an error:
/// the person inviting still has the link on screen to pass on themselves.
/// </summary>
internal sealed class InvitationMail(IOptions<SmtpOptions> options, IStringLocalizer<SharedResource> text, ILogger<InvitationMail> logger)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.Host);

    /// <summary>True when the mail went out.</summary>
    public async Task<bool> SendAsync(string? to, string workshopName, string link, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        if (!IsConfigured || string.IsNullOrWhiteSpace(to))
        {
            return false;
        }

        try
        {
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(smtp.From));
            message.To.Add(MailboxAddress.Parse(to));
            message.Subject = text["Mail.InvitationSubject", workshopName];
            message.Body = new TextPart("plain") { Text = text["Mail.InvitationBody", workshopName, link] };

            using var client = new SmtpClient();
            await client.ConnectAsync(smtp.Host!, smtp.Port, SecureSocketOptions.Auto, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.User))
            {
                await client.AuthenticateAsync(smtp.User, smtp.Password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
            return true;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogWarning(failure, "Invitation mail to {Recipient} could not be sent", to);
            return false;
        }
    }
}

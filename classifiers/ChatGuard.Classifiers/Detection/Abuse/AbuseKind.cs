namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>The kinds of C2 wording the lexicon tells apart; the kind sets the finding's severity and detail.</summary>
public enum AbuseKind
{
    /// <summary>An insult or slur aimed at someone (傻逼, 骗子店, bitch, "you idiot").</summary>
    Insult,
    /// <summary>A curse (你妈的, 去死, 不得好死, fuck you).</summary>
    Curse,
    /// <summary>A threat of violence, exposure or harassment (上门弄你, 挂到网上, I know where you live).</summary>
    Threat,
    /// <summary>Sexual harassment (asking for nude photos).</summary>
    SexualHarassment,
}

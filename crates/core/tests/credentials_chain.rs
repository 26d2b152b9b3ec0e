//! The credentials chain end to end: an injected environment and real profile files in a
//! temporary directory. Nothing here reads or changes the process environment.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use huaweicloud_core::credentials::{
    CredentialSource, Credentials, CredentialsChain, CredentialsError, ResolvedCredentials, Secret,
};

/// Recognisable secret values: none of them may ever appear in formatted output.
const ENV_SK: &str = "ENV-SECRET-KEY-c0ffee";
const ENV_TOKEN: &str = "ENV-SECURITY-TOKEN-c0ffee";
const FILE_SK: &str = "FILE-SECRET-KEY-deadbeef";
const FILE_TOKEN: &str = "FILE-SECURITY-TOKEN-deadbeef";
const IAM_TOKEN: &str = "IAM-AUTH-TOKEN-f00d";
const EXPLICIT_SK: &str = "EXPLICIT-SECRET-KEY-beef";
const SECRETS: [&str; 6] = [
    ENV_SK,
    ENV_TOKEN,
    FILE_SK,
    FILE_TOKEN,
    IAM_TOKEN,
    EXPLICIT_SK,
];

/// A temporary directory removed on drop (std only, so the test needs no extra dependency).
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        let dir = std::env::temp_dir().join(format!(
            "hwc-credentials-chain-{}-{}-{nanos}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    /// Write `contents` to `name` inside the directory and return its path.
    fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, contents).unwrap();
        path
    }

    /// A home directory containing `~/.huaweicloud/credentials` with `contents`.
    fn home_with_profile(&self, contents: &str) -> PathBuf {
        self.file(".huaweicloud/credentials", contents)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// An environment made of these pairs only.
fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> + Send + Sync + 'static {
    let map: HashMap<String, String> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    move |name: &str| map.get(name).cloned()
}

fn chain(pairs: &[(&str, &str)]) -> CredentialsChain {
    CredentialsChain::new().with_env(env(pairs))
}

fn home(dir: &TempDir) -> String {
    dir.path().to_str().unwrap().to_owned()
}

fn file_profile() -> String {
    format!("[basic]\nak = FILEAK\nsk = {FILE_SK}\nproject_id = file-project\n")
}

fn assert_no_secret(what: &str, text: &str) {
    for secret in SECRETS {
        assert!(
            !text.contains(secret),
            "{what} leaks secret {secret:?}: {text}"
        );
    }
}

fn assert_error_redacted(err: &CredentialsError) {
    let display = err.to_string();
    assert_no_secret("error Display", &display);
    assert_no_secret("error Debug", &format!("{err:?}"));
    assert!(!display.contains('\n'), "multi-line message: {display}");
}

#[test]
fn explicit_wins_over_environment_and_file() {
    let dir = TempDir::new();
    dir.home_with_profile(&file_profile());
    let resolved = chain(&[
        ("HOME", &home(&dir)),
        ("HUAWEICLOUD_SDK_AK", "ENVAK"),
        ("HUAWEICLOUD_SDK_SK", ENV_SK),
        ("HUAWEICLOUD_SDK_PROJECT_ID", "env-project"),
    ])
    .with_explicit(Credentials::aksk("EXPLICITAK", EXPLICIT_SK))
    .resolve()
    .unwrap();
    assert_eq!(resolved.source, CredentialSource::Explicit);
    assert_eq!(
        resolved.credentials,
        Credentials::aksk("EXPLICITAK", EXPLICIT_SK)
    );
    // The project id comes from the same source only.
    assert_eq!(resolved.project_id, None);
}

#[test]
fn environment_wins_over_file() {
    let dir = TempDir::new();
    dir.home_with_profile(&file_profile());
    let resolved = chain(&[
        ("HOME", &home(&dir)),
        ("HUAWEICLOUD_SDK_AK", "ENVAK"),
        ("HUAWEICLOUD_SDK_SK", ENV_SK),
    ])
    .resolve()
    .unwrap();
    assert_eq!(resolved.source, CredentialSource::Environment);
    assert_eq!(resolved.credentials, Credentials::aksk("ENVAK", ENV_SK));
    // Not the file's project id: it belongs to other credentials.
    assert_eq!(resolved.project_id, None);
}

#[test]
fn file_used_when_environment_empty() {
    let dir = TempDir::new();
    let path = dir.home_with_profile(&file_profile());
    let resolved = chain(&[
        ("HOME", &home(&dir)),
        ("HUAWEICLOUD_SDK_AK", ""),
        ("HUAWEICLOUD_SDK_SK", ""),
        ("HUAWEICLOUD_SDK_SECURITY_TOKEN", ""),
        ("HUAWEICLOUD_SDK_AUTH_TOKEN", ""),
        ("HUAWEICLOUD_SDK_CREDENTIALS_FILE", ""),
        ("HUAWEICLOUD_SDK_PROJECT_ID", "env-project"),
    ])
    .resolve()
    .unwrap();
    assert_eq!(resolved.source, CredentialSource::ProfileFile(path));
    assert_eq!(resolved.credentials, Credentials::aksk("FILEAK", FILE_SK));
    assert_eq!(resolved.project_id.as_deref(), Some("file-project"));
}

#[test]
fn file_from_userprofile_when_no_home() {
    let dir = TempDir::new();
    let path = dir.home_with_profile(&file_profile());
    let resolved = chain(&[("USERPROFILE", &home(&dir))]).resolve().unwrap();
    assert_eq!(resolved.source, CredentialSource::ProfileFile(path));
}

#[test]
fn file_from_variable_and_from_builder() {
    let dir = TempDir::new();
    let by_var = dir.file("by-var.ini", file_profile());
    let by_builder = dir.file(
        "by-builder.ini",
        format!("[basic]\nak=BUILDERAK\nsk={FILE_SK}\n"),
    );
    let default_home = TempDir::new();
    default_home.home_with_profile("[basic]\nak=DEFAULT\nsk=x\n");
    let pairs = [
        ("HOME", home(&default_home)),
        (
            "HUAWEICLOUD_SDK_CREDENTIALS_FILE",
            by_var.to_str().unwrap().to_owned(),
        ),
    ];
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();

    let resolved = chain(&pairs).resolve().unwrap();
    assert_eq!(resolved.source, CredentialSource::ProfileFile(by_var));
    assert_eq!(resolved.credentials, Credentials::aksk("FILEAK", FILE_SK));

    let resolved = chain(&pairs)
        .with_profile_file(by_builder.clone())
        .resolve()
        .unwrap();
    assert_eq!(resolved.source, CredentialSource::ProfileFile(by_builder));
    assert_eq!(
        resolved.credentials,
        Credentials::aksk("BUILDERAK", FILE_SK)
    );
    assert_eq!(resolved.project_id, None);
}

#[test]
fn temporary_credentials_with_security_token() {
    let resolved = chain(&[
        ("HUAWEICLOUD_SDK_AK", "TMPAK"),
        ("HUAWEICLOUD_SDK_SK", ENV_SK),
        ("HUAWEICLOUD_SDK_SECURITY_TOKEN", ENV_TOKEN),
        ("HUAWEICLOUD_SDK_PROJECT_ID", "env-project"),
    ])
    .resolve()
    .unwrap();
    assert_eq!(
        resolved.credentials,
        Credentials::temporary("TMPAK", ENV_SK, ENV_TOKEN)
    );
    assert_eq!(resolved.project_id.as_deref(), Some("env-project"));
    match &resolved.credentials {
        Credentials::AkSk {
            access_key,
            secret_key,
            security_token: Some(token),
        } => {
            assert_eq!(access_key, "TMPAK");
            assert_eq!(secret_key.expose(), ENV_SK);
            assert_eq!(token.expose(), ENV_TOKEN);
        }
        other => panic!("unexpected credentials {other:?}"),
    }

    let dir = TempDir::new();
    let path = dir.file(
        "temp.ini",
        format!("[basic]\nak=FTMP\nsk={FILE_SK}\nSecurity_Token={FILE_TOKEN}\n"),
    );
    let resolved = chain(&[]).with_profile_file(path).resolve().unwrap();
    assert_eq!(
        resolved.credentials,
        Credentials::temporary("FTMP", FILE_SK, FILE_TOKEN)
    );
}

#[test]
fn iam_token_variable() {
    let dir = TempDir::new();
    dir.home_with_profile(&file_profile());
    let resolved = chain(&[
        ("HOME", &home(&dir)),
        ("HUAWEICLOUD_SDK_AUTH_TOKEN", IAM_TOKEN),
        ("HUAWEICLOUD_SDK_PROJECT_ID", "env-project"),
    ])
    .resolve()
    .unwrap();
    assert_eq!(resolved.source, CredentialSource::Environment);
    assert_eq!(resolved.credentials, Credentials::token(IAM_TOKEN));
    assert_eq!(resolved.project_id.as_deref(), Some("env-project"));

    // AK/SK, what the official SDK would use, keeps priority over the token.
    let resolved = chain(&[
        ("HUAWEICLOUD_SDK_AUTH_TOKEN", IAM_TOKEN),
        ("HUAWEICLOUD_SDK_AK", "AK"),
        ("HUAWEICLOUD_SDK_SK", ENV_SK),
    ])
    .resolve()
    .unwrap();
    assert_eq!(resolved.credentials, Credentials::aksk("AK", ENV_SK));
}

/// Every error the chain can produce, with the message expected (paths are filled in).
fn error_cases(dir: &TempDir) -> Vec<(String, CredentialsChain, String)> {
    let home_dir = home(dir);
    let valid_home = TempDir::new();
    valid_home.home_with_profile(&file_profile());
    let valid_home = home(&valid_home);
    let missing = dir.path().join("missing.ini");
    let no_basic = dir.file("no-basic.ini", format!("[default]\nak=A\nsk={FILE_SK}\n"));
    let ak_only = dir.file("ak-only.ini", "[basic]\nak=A\n");
    let sk_only = dir.file(
        "sk-only.ini",
        format!("[basic]\nsk={FILE_SK}\nsecurity_token={FILE_TOKEN}\n"),
    );
    let token_only = dir.file(
        "token-only.ini",
        format!("[basic]\nsecurity_token={FILE_TOKEN}\n"),
    );
    let empty_basic = dir.file("home2/.huaweicloud/credentials", "[basic]\nproject_id=p\n");
    let not_ini = dir.file("not-ini.ini", format!("[basic]\nak=A\n={FILE_SK}\n"));
    let not_utf8 = dir.file("not-utf8.ini", b"[basic]\nak=A\nsk=\xff\xfe\n");
    let a_directory = dir.path().join("a-directory");
    std::fs::create_dir_all(&a_directory).unwrap();
    let show = |p: &Path| p.display().to_string();
    let default_path = show(&dir.path().join(".huaweicloud").join("credentials"));

    vec![
        (
            "AK without SK".to_owned(),
            chain(&[("HUAWEICLOUD_SDK_AK", "AK"), ("HOME", &valid_home)]),
            "environment variable HUAWEICLOUD_SDK_AK is set without HUAWEICLOUD_SDK_SK".to_owned(),
        ),
        (
            "SK without AK".to_owned(),
            chain(&[
                ("HUAWEICLOUD_SDK_SK", ENV_SK),
                ("HUAWEICLOUD_SDK_SECURITY_TOKEN", ENV_TOKEN),
            ]),
            "environment variable HUAWEICLOUD_SDK_SK is set without HUAWEICLOUD_SDK_AK".to_owned(),
        ),
        (
            "security token without AK/SK".to_owned(),
            chain(&[
                ("HUAWEICLOUD_SDK_SECURITY_TOKEN", ENV_TOKEN),
                ("HUAWEICLOUD_SDK_AUTH_TOKEN", IAM_TOKEN),
            ]),
            "environment variable HUAWEICLOUD_SDK_SECURITY_TOKEN is set without \
             HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK"
                .to_owned(),
        ),
        (
            "nothing anywhere".to_owned(),
            chain(&[("HOME", &home_dir)]),
            format!(
                "no credentials found; tried: explicit credentials (none given); \
                 environment variables HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK and \
                 HUAWEICLOUD_SDK_AUTH_TOKEN (not set); credentials file {default_path} \
                 (does not exist)"
            ),
        ),
        (
            "missing file given by variable".to_owned(),
            chain(&[("HUAWEICLOUD_SDK_CREDENTIALS_FILE", &show(&missing))]),
            format!(
                "cannot read credentials file {} (given by HUAWEICLOUD_SDK_CREDENTIALS_FILE): \
                 the file does not exist",
                show(&missing)
            ),
        ),
        (
            "missing file given in code".to_owned(),
            chain(&[]).with_profile_file(missing.clone()),
            format!(
                "cannot read credentials file {} (given by \
                 CredentialsChain::with_profile_file): the file does not exist",
                show(&missing)
            ),
        ),
        (
            "unreadable file (a directory)".to_owned(),
            chain(&[]).with_profile_file(a_directory.clone()),
            format!(
                "cannot read credentials file {} (given by \
                 CredentialsChain::with_profile_file): is a directory",
                show(&a_directory)
            ),
        ),
        (
            "file that is not UTF-8".to_owned(),
            chain(&[]).with_profile_file(not_utf8.clone()),
            format!(
                "cannot read credentials file {} (given by \
                 CredentialsChain::with_profile_file): the file is not valid UTF-8 text",
                show(&not_utf8)
            ),
        ),
        (
            "file that is not INI".to_owned(),
            chain(&[]).with_profile_file(not_ini.clone()),
            format!(
                "credentials file {} is not valid INI (line 3, column 2)",
                show(&not_ini)
            ),
        ),
        (
            "file without [basic]".to_owned(),
            chain(&[]).with_profile_file(no_basic.clone()),
            format!(
                "credentials file {} has no [basic] section",
                show(&no_basic)
            ),
        ),
        (
            "file with ak but no sk".to_owned(),
            chain(&[("HUAWEICLOUD_SDK_CREDENTIALS_FILE", &show(&ak_only))]),
            format!(
                "credentials file {}: section [basic] has `ak` but no `sk`",
                show(&ak_only)
            ),
        ),
        (
            "file with sk but no ak".to_owned(),
            chain(&[]).with_profile_file(sk_only.clone()),
            format!(
                "credentials file {}: section [basic] has `sk` but no `ak`",
                show(&sk_only)
            ),
        ),
        (
            "file with a security token only".to_owned(),
            chain(&[]).with_profile_file(token_only.clone()),
            format!(
                "credentials file {}: section [basic] has `security_token` but neither `ak` nor `sk`",
                show(&token_only)
            ),
        ),
        (
            "file with an empty [basic] at the default path".to_owned(),
            chain(&[("HOME", &show(&dir.path().join("home2")))]),
            format!(
                "credentials file {}: section [basic] has neither `ak` nor `sk`",
                show(&empty_basic)
            ),
        ),
    ]
}

#[test]
fn every_error_case_has_its_message() {
    let dir = TempDir::new();
    for (case, chain, expected) in error_cases(&dir) {
        let err = chain
            .resolve()
            .expect_err(&format!("{case}: expected an error"));
        assert_eq!(err.to_string(), expected, "{case}");
        assert_error_redacted(&err);
    }
}

#[test]
fn file_missing_at_default_path_is_skipped() {
    let dir = TempDir::new();
    let resolved = chain(&[
        ("HOME", &home(&dir)),
        ("HUAWEICLOUD_SDK_AUTH_TOKEN", IAM_TOKEN),
    ])
    .resolve()
    .unwrap();
    assert_eq!(resolved.source, CredentialSource::Environment);
    let err = chain(&[("HOME", &home(&dir))]).resolve().unwrap_err();
    assert!(matches!(err, CredentialsError::NotFound { .. }), "{err}");
}

#[test]
fn half_set_environment_is_an_error_even_with_a_valid_file() {
    let dir = TempDir::new();
    dir.home_with_profile(&file_profile());
    let err = chain(&[("HOME", &home(&dir)), ("HUAWEICLOUD_SDK_SK", ENV_SK)])
        .resolve()
        .unwrap_err();
    assert!(
        matches!(err, CredentialsError::IncompleteEnvironment { .. }),
        "{err}"
    );
}

#[test]
fn nothing_formats_a_secret() {
    let dir = TempDir::new();
    let mut formatted: Vec<(String, String)> = Vec::new();
    let mut push = |what: &str, text: String| formatted.push((what.to_owned(), text));

    let secret = Secret::from(ENV_SK);
    push("Secret", format!("{secret:?} {secret} {secret:#?}"));
    assert_eq!(secret.to_string(), "***");
    assert_eq!(format!("{secret:?}"), "***");

    let all_credentials = [
        Credentials::aksk("AK1", EXPLICIT_SK),
        Credentials::temporary("AK2", ENV_SK, ENV_TOKEN),
        Credentials::token(IAM_TOKEN),
    ];
    for credentials in &all_credentials {
        push(
            "Credentials",
            format!("{credentials:?} {credentials} {credentials:#?}"),
        );
        let resolved = ResolvedCredentials {
            credentials: credentials.clone(),
            project_id: Some("project".to_owned()),
            source: CredentialSource::ProfileFile(dir.path().join("credentials")),
            iam_endpoint: Some("https://iam.example.com".to_owned()),
        };
        push(
            "ResolvedCredentials",
            format!("{resolved:?} {resolved} {resolved:#?}"),
        );
    }
    assert!(format!("{:?}", all_credentials[1]).contains("AK2"));

    // Resolved from each source, with every secret set.
    let file = dir.file(
        "all.ini",
        format!("[basic]\nak=FAK\nsk={FILE_SK}\nsecurity_token={FILE_TOKEN}\n"),
    );
    let resolved_env = chain(&[
        ("HUAWEICLOUD_SDK_AK", "EAK"),
        ("HUAWEICLOUD_SDK_SK", ENV_SK),
        ("HUAWEICLOUD_SDK_SECURITY_TOKEN", ENV_TOKEN),
        ("HUAWEICLOUD_SDK_AUTH_TOKEN", IAM_TOKEN),
    ])
    .resolve()
    .unwrap();
    let resolved_file = chain(&[]).with_profile_file(file).resolve().unwrap();
    for resolved in [resolved_env, resolved_file] {
        push(
            "resolved ResolvedCredentials",
            format!("{resolved:?} {resolved}"),
        );
        push(
            "CredentialSource",
            format!("{:?} {}", resolved.source, resolved.source),
        );
    }

    let chain_with_secrets = chain(&[("HUAWEICLOUD_SDK_SK", ENV_SK)])
        .with_explicit(Credentials::temporary("AK", EXPLICIT_SK, ENV_TOKEN));
    push("CredentialsChain", format!("{chain_with_secrets:?}"));

    for (case, chain, _) in error_cases(&dir) {
        let err = chain.resolve().unwrap_err();
        push(
            &format!("CredentialsError ({case})"),
            format!("{err:?} {err}"),
        );
    }

    for (what, text) in &formatted {
        assert_no_secret(what, text);
    }
}

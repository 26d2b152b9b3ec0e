//! Credentials, and the chain of providers that finds them the way the official SDK does.
//!
//! Users of the official Huawei Cloud SDKs already have their keys in the environment or in
//! `~/.huaweicloud/credentials`; this module reads the same places, under the same names, in the
//! same order, so that nothing has to be configured twice:
//!
//! 1. credentials given in code ([`CredentialsChain::with_explicit`]);
//! 2. the environment: `HUAWEICLOUD_SDK_AK` and `HUAWEICLOUD_SDK_SK`, with
//!    `HUAWEICLOUD_SDK_SECURITY_TOKEN` for temporary credentials and `HUAWEICLOUD_SDK_PROJECT_ID`;
//! 3. the profile file: `HUAWEICLOUD_SDK_CREDENTIALS_FILE`, else `~/.huaweicloud/credentials`
//!    (home from `HOME`, else `USERPROFILE`), an INI file whose `[basic]` section has `ak`, `sk`,
//!    `security_token` and `project_id` (key names are case-insensitive).
//!
//! The first step that finds credentials wins; a project id is returned only when the same step
//! gave one (an AK/SK from the environment is never paired with a project id from the file).
//!
//! When none of them has credentials, the official chain's next step is the ECS metadata
//! service: the temporary credentials of the server's agency, fetched when first needed and
//! again before they expire ([`EcsMetadata`], [`RefreshingCredentials`]). A client builder
//! takes that step after [`CredentialsChain::resolve`] found nothing (it needs the network, so
//! it happens on the first request).
//!
//! **An IAM token** (`X-Auth-Token`) is an addition of this crate: the official SDK has no token
//! authentication. It is read from `HUAWEICLOUD_SDK_AUTH_TOKEN`, and only when neither
//! `HUAWEICLOUD_SDK_AK` nor `HUAWEICLOUD_SDK_SK` is set: an AK/SK pair is what the official SDK
//! would use, so it keeps priority and a token left over in the environment cannot silently
//! change which identity signs the requests.
//!
//! Misconfiguration is an error rather than a silent fall-through to the next step, because
//! falling through would sign with credentials the user did not mean: an AK without its SK (or
//! the reverse), a security token without AK/SK, a profile file given explicitly that cannot be
//! read, a profile file without `[basic]` or with half a key pair. A profile file missing at the
//! *default* location is simply skipped. Empty (or blank) values count as unset everywhere.
//!
//! Secrets are wrapped in [`Secret`], whose `Debug` and `Display` print `***`, and no
//! [`CredentialsError`] ever contains a secret value: errors name variables, files and keys only.
//!
//! The environment is read through a lookup function ([`CredentialsChain::with_env`]), so tests
//! and embedders can inject one instead of changing the process environment.
//!
//! ```
//! use huaweicloud_core::credentials::{CredentialsChain, Credentials, CredentialSource};
//!
//! let env = |name: &str| match name {
//!     "HUAWEICLOUD_SDK_AK" => Some("MYACCESSKEY".to_string()),
//!     "HUAWEICLOUD_SDK_SK" => Some("my-secret-key".to_string()),
//!     "HUAWEICLOUD_SDK_PROJECT_ID" => Some("0549b4a43100d4f32f51c01c2fe4acdb".to_string()),
//!     _ => None,
//! };
//! let resolved = CredentialsChain::new().with_env(env).resolve()?;
//! assert_eq!(resolved.source, CredentialSource::Environment);
//! assert_eq!(resolved.project_id.as_deref(), Some("0549b4a43100d4f32f51c01c2fe4acdb"));
//! assert_eq!(resolved.credentials, Credentials::aksk("MYACCESSKEY", "my-secret-key"));
//! assert!(!format!("{resolved:?}").contains("my-secret-key"));
//! # Ok::<(), huaweicloud_core::credentials::CredentialsError>(())
//! ```

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub mod metadata;
pub mod refresh;

pub use metadata::{
    DEFAULT_METADATA_ENDPOINT, ENV_METADATA_ENDPOINT, EcsMetadata, parse_security_key,
};
pub use refresh::{
    Expiring, FetchCredentials, REFRESH_AHEAD, RETRY_AFTER_FAILURE, RefreshingCredentials,
};

/// Environment variable of the access key (official SDK name).
pub const ENV_AK: &str = "HUAWEICLOUD_SDK_AK";
/// Environment variable of the secret key (official SDK name).
pub const ENV_SK: &str = "HUAWEICLOUD_SDK_SK";
/// Environment variable of the security token of temporary AK/SK (official SDK name).
pub const ENV_SECURITY_TOKEN: &str = "HUAWEICLOUD_SDK_SECURITY_TOKEN";
/// Environment variable of the project id (official SDK name).
pub const ENV_PROJECT_ID: &str = "HUAWEICLOUD_SDK_PROJECT_ID";
/// Environment variable of the profile file path (official SDK name).
pub const ENV_CREDENTIALS_FILE: &str = "HUAWEICLOUD_SDK_CREDENTIALS_FILE";
/// Environment variable of an IAM token (this crate's addition; see the module docs).
pub const ENV_AUTH_TOKEN: &str = "HUAWEICLOUD_SDK_AUTH_TOKEN";

/// Section of the profile file holding the credentials.
pub const PROFILE_SECTION: &str = "basic";

/// The profile file path relative to the home directory.
const DEFAULT_PROFILE_DIR: &str = ".huaweicloud";
const DEFAULT_PROFILE_FILE: &str = "credentials";

/// A secret string: `Debug` and `Display` print `***`, never the value; [`Secret::expose`] gives it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// The secret value. Call this only where the value is used (signing, a request header).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// Written as the plain string: a generated request body that carries a secret sends it.
impl serde::Serialize for Secret {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Secret)
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret(value.to_owned())
    }
}

/// What authenticates a request.
///
/// `Debug` shows the access key (an identifier, not a secret) and `***` for every secret;
/// `Display` names the kind of credentials and the access key.
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Credentials {
    /// Permanent AK/SK, or temporary AK/SK with a security token (sent as a signed
    /// `X-Security-Token` header).
    AkSk {
        /// The access key id (AK).
        access_key: String,
        /// The secret access key (SK).
        secret_key: Secret,
        /// The security token of temporary credentials; `None` for permanent ones.
        security_token: Option<Secret>,
    },
    /// An IAM token sent as `X-Auth-Token` (the official SDK has no token authentication; this
    /// crate supports it).
    Token(Secret),
}

impl Credentials {
    /// Permanent AK/SK credentials.
    pub fn aksk(access_key: impl Into<String>, secret_key: impl Into<Secret>) -> Self {
        Credentials::AkSk {
            access_key: access_key.into(),
            secret_key: secret_key.into(),
            security_token: None,
        }
    }

    /// Temporary AK/SK credentials with their security token.
    pub fn temporary(
        access_key: impl Into<String>,
        secret_key: impl Into<Secret>,
        security_token: impl Into<Secret>,
    ) -> Self {
        Credentials::AkSk {
            access_key: access_key.into(),
            secret_key: secret_key.into(),
            security_token: Some(security_token.into()),
        }
    }

    /// An IAM token, sent as `X-Auth-Token`.
    pub fn token(token: impl Into<Secret>) -> Self {
        Credentials::Token(token.into())
    }
}

impl fmt::Display for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credentials::AkSk {
                access_key,
                security_token: None,
                ..
            } => write!(f, "AK/SK credentials (access key {access_key})"),
            Credentials::AkSk {
                access_key,
                security_token: Some(_),
                ..
            } => write!(f, "temporary AK/SK credentials (access key {access_key})"),
            Credentials::Token(_) => f.write_str("IAM token credentials"),
        }
    }
}

/// What a client signs with: fixed credentials, or temporary ones fetched again before they
/// expire.
#[derive(Clone, Debug)]
pub enum CredentialsProvider {
    /// Always these.
    Fixed(Credentials),
    /// The current ones of a refreshing source (ECS metadata).
    Refreshing(Arc<RefreshingCredentials>),
}

impl CredentialsProvider {
    /// The credentials to sign a request with now.
    pub async fn current(&self) -> Result<Credentials, crate::Error> {
        match self {
            CredentialsProvider::Fixed(c) => Ok(c.clone()),
            CredentialsProvider::Refreshing(r) => r.current().await,
        }
    }

    /// Who signs, for caches keyed by identity: the access key of fixed AK/SK, the source of
    /// refreshing credentials (their access key changes with every fetch).
    pub fn identity(&self) -> String {
        match self {
            CredentialsProvider::Fixed(Credentials::AkSk { access_key, .. }) => access_key.clone(),
            CredentialsProvider::Fixed(Credentials::Token(_)) => "iam-token".to_owned(),
            CredentialsProvider::Refreshing(r) => r.source(),
        }
    }
}

impl From<Credentials> for CredentialsProvider {
    fn from(credentials: Credentials) -> Self {
        CredentialsProvider::Fixed(credentials)
    }
}

/// Where a credential came from, for messages.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CredentialSource {
    /// Given in code with [`CredentialsChain::with_explicit`].
    Explicit,
    /// The `HUAWEICLOUD_SDK_*` environment variables.
    Environment,
    /// The `[basic]` section of this profile file.
    ProfileFile(PathBuf),
}

impl fmt::Display for CredentialSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CredentialSource::Explicit => f.write_str("explicit credentials"),
            CredentialSource::Environment => f.write_str("the environment"),
            CredentialSource::ProfileFile(path) => {
                write!(f, "credentials file {}", path.display())
            }
        }
    }
}

/// Result of the chain: the credentials, plus the project id if the same source gave one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedCredentials {
    /// The credentials found.
    pub credentials: Credentials,
    /// The project id given by the same source (`HUAWEICLOUD_SDK_PROJECT_ID` or `project_id` of
    /// the profile file), if any.
    pub project_id: Option<String>,
    /// Where the credentials came from.
    pub source: CredentialSource,
    /// The IAM endpoint the same source names (`iam_endpoint` of the profile file), for
    /// finding the project id.
    pub iam_endpoint: Option<String>,
}

impl fmt::Display for ResolvedCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} from {}", self.credentials, self.source)?;
        if let Some(project_id) = &self.project_id {
            write!(f, ", project id {project_id}")?;
        }
        Ok(())
    }
}

/// Why no usable credentials were found. Messages are one line, name the variable or file at
/// fault, and never contain a secret value.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CredentialsError {
    /// One environment variable of a group is set but another it needs is not.
    #[error("environment variable {set} is set without {missing}")]
    IncompleteEnvironment {
        /// The variable that is set.
        set: &'static str,
        /// The variable (or variables) that must be set with it.
        missing: &'static str,
    },
    /// A profile file could not be read (missing when given explicitly, unreadable, not UTF-8).
    #[error("cannot read credentials file {} (given by {given_by}): {}", path.display(), describe_io(*kind))]
    UnreadableProfile {
        /// The file.
        path: PathBuf,
        /// How the path was chosen: [`ENV_CREDENTIALS_FILE`], `CredentialsChain::with_profile_file`
        /// or the default location.
        given_by: &'static str,
        /// What went wrong.
        kind: io::ErrorKind,
    },
    /// A profile file is not valid INI.
    #[error("credentials file {} is not valid INI (line {line}, column {column})", path.display())]
    InvalidProfile {
        /// The file.
        path: PathBuf,
        /// Line of the syntax error, as reported by the INI parser.
        line: usize,
        /// Column of the syntax error, as reported by the INI parser.
        column: usize,
    },
    /// A profile file has no `[basic]` section.
    #[error("credentials file {} has no [{section}] section", path.display())]
    MissingProfileSection {
        /// The file.
        path: PathBuf,
        /// The section looked for ([`PROFILE_SECTION`]).
        section: &'static str,
    },
    /// The `[basic]` section of a profile file lacks a key (`ak` or `sk`) that another key needs,
    /// or has neither `ak` nor `sk`.
    #[error("credentials file {}: section [{PROFILE_SECTION}] {}", path.display(), describe_profile_gap(*set, missing))]
    IncompleteProfile {
        /// The file.
        path: PathBuf,
        /// The key that is set (`ak`, `sk` or `security_token`), or `None` if none is.
        set: Option<&'static str>,
        /// The keys missing (one, or `ak` and `sk`).
        missing: &'static [&'static str],
    },
    /// No step of the chain found credentials.
    #[error("no credentials found; tried: {}", tried.join("; "))]
    NotFound {
        /// What each step looked at, in order (variable names, file paths), for the message.
        tried: Vec<String>,
    },
}

fn describe_io(kind: io::ErrorKind) -> String {
    match kind {
        io::ErrorKind::NotFound => "the file does not exist".to_owned(),
        io::ErrorKind::InvalidData => "the file is not valid UTF-8 text".to_owned(),
        other => other.to_string(),
    }
}

fn describe_profile_gap(set: Option<&'static str>, missing: &[&'static str]) -> String {
    let missing = match missing {
        [one] => format!("no `{one}`"),
        [first, second] => format!("neither `{first}` nor `{second}`"),
        more => format!("none of `{}`", more.join("`, `")),
    };
    match set {
        Some(set) => format!("has `{set}` but {missing}"),
        None => format!("has {missing}"),
    }
}

/// How the environment is read: a variable name in, its value out.
type EnvLookup = Arc<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// A step of the chain. ECS metadata (and pod identity) would be further steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Explicit,
    Environment,
    ProfileFile,
}

/// The official SDK's order (its OIDC step has no equivalent here).
const DEFAULT_STEPS: &[Step] = &[Step::Explicit, Step::Environment, Step::ProfileFile];

/// The provider chain, in the official SDK's order: explicit credentials, then the environment,
/// then the profile file. See the [module docs](self) for the variables and rules.
///
/// Resolving reads the environment and the file each time ([`CredentialsChain::resolve`]); nothing
/// is cached.
#[derive(Clone)]
pub struct CredentialsChain {
    steps: &'static [Step],
    explicit: Option<Credentials>,
    env: EnvLookup,
    profile_file: Option<PathBuf>,
}

impl Default for CredentialsChain {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for CredentialsChain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CredentialsChain")
            .field("steps", &self.steps)
            .field("explicit", &self.explicit)
            .field("profile_file", &self.profile_file)
            .finish_non_exhaustive()
    }
}

/// A value of the environment, with empty or blank values counted as unset.
fn non_empty(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.trim().is_empty())
}

impl CredentialsChain {
    /// The default chain: no explicit credentials, the real process environment, and the profile
    /// file from `HUAWEICLOUD_SDK_CREDENTIALS_FILE` or the home directory.
    pub fn new() -> Self {
        CredentialsChain {
            steps: DEFAULT_STEPS,
            explicit: None,
            env: Arc::new(|name: &str| std::env::var(name).ok()),
            profile_file: None,
        }
    }

    /// Use these credentials; they win over the environment and the profile file, which are then
    /// not read at all.
    pub fn with_explicit(mut self, credentials: Credentials) -> Self {
        self.explicit = Some(credentials);
        self
    }

    /// Read environment variables through `lookup` instead of the process environment (for
    /// tests, or to take values from elsewhere). It is also used for `HUAWEICLOUD_SDK_CREDENTIALS_FILE`,
    /// `HOME` and `USERPROFILE`.
    pub fn with_env(
        mut self,
        lookup: impl Fn(&str) -> Option<String> + Send + Sync + 'static,
    ) -> Self {
        self.env = Arc::new(lookup);
        self
    }

    /// Read this profile file instead of `HUAWEICLOUD_SDK_CREDENTIALS_FILE` or the default path.
    /// As for any path given explicitly, a missing or unreadable file is an error.
    pub fn with_profile_file(mut self, path: PathBuf) -> Self {
        self.profile_file = Some(path);
        self
    }

    /// Walk the chain and return the first credentials found.
    ///
    /// # Errors
    ///
    /// A [`CredentialsError`] when a step is misconfigured (half-set environment, bad or
    /// unreadable profile file; see the [module docs](self)) or when no step finds anything
    /// ([`CredentialsError::NotFound`]).
    pub fn resolve(&self) -> Result<ResolvedCredentials, CredentialsError> {
        let mut tried = Vec::new();
        for step in self.steps {
            let found = match step {
                Step::Explicit => self.step_explicit(&mut tried),
                Step::Environment => self.step_env(&mut tried)?,
                Step::ProfileFile => self.step_profile(&mut tried)?,
            };
            if let Some(resolved) = found {
                tracing::debug!(
                    source = %resolved.source,
                    credentials = %resolved.credentials,
                    "credentials resolved"
                );
                return Ok(resolved);
            }
        }
        Err(CredentialsError::NotFound { tried })
    }

    fn var(&self, name: &str) -> Option<String> {
        non_empty((self.env)(name))
    }

    fn step_explicit(&self, tried: &mut Vec<String>) -> Option<ResolvedCredentials> {
        match &self.explicit {
            Some(credentials) => Some(ResolvedCredentials {
                credentials: credentials.clone(),
                project_id: None,
                source: CredentialSource::Explicit,
                iam_endpoint: None,
            }),
            None => {
                tried.push("explicit credentials (none given)".to_owned());
                None
            }
        }
    }

    fn step_env(
        &self,
        tried: &mut Vec<String>,
    ) -> Result<Option<ResolvedCredentials>, CredentialsError> {
        let ak = self.var(ENV_AK);
        let sk = self.var(ENV_SK);
        let security_token = self.var(ENV_SECURITY_TOKEN);
        let credentials = match (ak, sk) {
            (Some(ak), Some(sk)) => Credentials::AkSk {
                access_key: ak,
                secret_key: sk.into(),
                security_token: security_token.map(Secret::from),
            },
            (Some(_), None) => {
                return Err(CredentialsError::IncompleteEnvironment {
                    set: ENV_AK,
                    missing: ENV_SK,
                });
            }
            (None, Some(_)) => {
                return Err(CredentialsError::IncompleteEnvironment {
                    set: ENV_SK,
                    missing: ENV_AK,
                });
            }
            (None, None) => {
                if security_token.is_some() {
                    return Err(CredentialsError::IncompleteEnvironment {
                        set: ENV_SECURITY_TOKEN,
                        missing: "HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK",
                    });
                }
                match self.var(ENV_AUTH_TOKEN) {
                    Some(token) => Credentials::Token(token.into()),
                    None => {
                        tried.push(format!(
                            "environment variables {ENV_AK}/{ENV_SK} and {ENV_AUTH_TOKEN} (not set)"
                        ));
                        return Ok(None);
                    }
                }
            }
        };
        Ok(Some(ResolvedCredentials {
            credentials,
            project_id: self.var(ENV_PROJECT_ID),
            source: CredentialSource::Environment,
            iam_endpoint: None,
        }))
    }

    /// The profile file to read, how it was chosen, and whether it was given explicitly.
    fn profile_path(&self) -> Option<(PathBuf, &'static str, bool)> {
        if let Some(path) = &self.profile_file {
            return Some((path.clone(), "CredentialsChain::with_profile_file", true));
        }
        if let Some(path) = self.var(ENV_CREDENTIALS_FILE) {
            return Some((PathBuf::from(path), ENV_CREDENTIALS_FILE, true));
        }
        let home = self.var("HOME").or_else(|| self.var("USERPROFILE"))?;
        let path = Path::new(&home)
            .join(DEFAULT_PROFILE_DIR)
            .join(DEFAULT_PROFILE_FILE);
        Some((path, "the default location", false))
    }

    fn step_profile(
        &self,
        tried: &mut Vec<String>,
    ) -> Result<Option<ResolvedCredentials>, CredentialsError> {
        let Some((path, given_by, explicit)) = self.profile_path() else {
            tried.push(format!(
                "credentials file ~/{DEFAULT_PROFILE_DIR}/{DEFAULT_PROFILE_FILE} (neither HOME nor USERPROFILE is set)"
            ));
            return Ok(None);
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) if err.kind() == io::ErrorKind::NotFound && !explicit => {
                tried.push(format!(
                    "credentials file {} (does not exist)",
                    path.display()
                ));
                return Ok(None);
            }
            Err(err) => {
                return Err(CredentialsError::UnreadableProfile {
                    path,
                    given_by,
                    kind: err.kind(),
                });
            }
        };
        let profile = parse_profile(&path, &text)?;
        Ok(Some(ResolvedCredentials {
            credentials: profile.credentials,
            project_id: profile.project_id,
            source: CredentialSource::ProfileFile(path),
            iam_endpoint: profile.iam_endpoint,
        }))
    }
}

/// The `[basic]` section of a profile file, validated.
#[derive(Debug)]
struct Profile {
    credentials: Credentials,
    project_id: Option<String>,
    iam_endpoint: Option<String>,
}

/// Parse the text of a profile file read from `path` (used in error messages only).
fn parse_profile(path: &Path, text: &str) -> Result<Profile, CredentialsError> {
    // Like the official SDK's parser (Python's configparser): no escapes, no quote stripping, so
    // a value is taken as written.
    let options = ini::ParseOption {
        enabled_quote: false,
        enabled_escape: false,
        ..ini::ParseOption::default()
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The parser's message is not kept: only its position, so no file content can leak.
    let parsed = ini::Ini::load_from_str_opt(text, options).map_err(|err| {
        CredentialsError::InvalidProfile {
            path: path.to_owned(),
            line: err.line,
            column: err.col,
        }
    })?;

    let mut found_section = false;
    let (mut ak, mut sk, mut security_token, mut project_id) = (None, None, None, None);
    let mut iam_endpoint = None;
    for (section, properties) in parsed.iter() {
        if section != Some(PROFILE_SECTION) {
            continue;
        }
        found_section = true;
        for (key, value) in properties.iter() {
            let value = Some(value.trim().to_owned()).filter(|v| !v.is_empty());
            let slot = match key.trim().to_ascii_lowercase().as_str() {
                "ak" => &mut ak,
                "sk" => &mut sk,
                "security_token" => &mut security_token,
                "project_id" => &mut project_id,
                "iam_endpoint" => &mut iam_endpoint,
                _ => continue,
            };
            *slot = value;
        }
    }
    if !found_section {
        return Err(CredentialsError::MissingProfileSection {
            path: path.to_owned(),
            section: PROFILE_SECTION,
        });
    }
    let gap = |set, missing| CredentialsError::IncompleteProfile {
        path: path.to_owned(),
        set,
        missing,
    };
    let credentials = match (ak, sk) {
        (Some(ak), Some(sk)) => Credentials::AkSk {
            access_key: ak,
            secret_key: sk.into(),
            security_token: security_token.map(Secret::from),
        },
        (Some(_), None) => return Err(gap(Some("ak"), &["sk"])),
        (None, Some(_)) => return Err(gap(Some("sk"), &["ak"])),
        (None, None) if security_token.is_some() => {
            return Err(gap(Some("security_token"), &["ak", "sk"]));
        }
        (None, None) => return Err(gap(None, &["ak", "sk"])),
    };
    Ok(Profile {
        credentials,
        project_id,
        iam_endpoint,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    const SK: &str = "SECRET-sk-0123456789";
    const TOKEN: &str = "SECRET-token-abcdef";

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> + Send + Sync + 'static {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |name: &str| map.get(name).cloned()
    }

    /// A chain that cannot see any real file: no home, no profile variable.
    fn chain(pairs: &[(&str, &str)]) -> CredentialsChain {
        CredentialsChain::new().with_env(env(pairs))
    }

    fn assert_no_secret(text: &str) {
        for secret in [SK, TOKEN] {
            assert!(!text.contains(secret), "secret leaked in {text:?}");
        }
    }

    #[test]
    fn secret_is_redacted() {
        let secret = Secret::from(SK);
        assert_eq!(format!("{secret:?}"), "***");
        assert_eq!(format!("{secret}"), "***");
        assert_eq!(secret.expose(), SK);
        assert_eq!(Secret::from(SK.to_owned()), secret);
    }

    #[test]
    fn credentials_debug_shows_access_key_only() {
        let creds = Credentials::temporary("AKID", SK, TOKEN);
        let debug = format!("{creds:?}");
        assert!(debug.contains("AKID"), "{debug}");
        assert_no_secret(&debug);
        assert_eq!(
            creds.to_string(),
            "temporary AK/SK credentials (access key AKID)"
        );
        assert_eq!(
            Credentials::aksk("AKID", SK).to_string(),
            "AK/SK credentials (access key AKID)"
        );
        let token = Credentials::token(TOKEN);
        assert_no_secret(&format!("{token:?} {token}"));
    }

    #[test]
    fn explicit_wins_and_skips_a_broken_environment() {
        let resolved = chain(&[(ENV_AK, "only-ak")])
            .with_explicit(Credentials::aksk("EXPLICIT", SK))
            .resolve()
            .unwrap();
        assert_eq!(resolved.source, CredentialSource::Explicit);
        assert_eq!(resolved.credentials, Credentials::aksk("EXPLICIT", SK));
        assert_eq!(resolved.project_id, None);
    }

    #[test]
    fn environment_aksk_with_project_and_token() {
        let resolved = chain(&[
            (ENV_AK, "ENVAK"),
            (ENV_SK, SK),
            (ENV_SECURITY_TOKEN, TOKEN),
            (ENV_PROJECT_ID, "proj"),
            (ENV_AUTH_TOKEN, "ignored-when-aksk-set"),
        ])
        .resolve()
        .unwrap();
        assert_eq!(resolved.source, CredentialSource::Environment);
        assert_eq!(
            resolved.credentials,
            Credentials::temporary("ENVAK", SK, TOKEN)
        );
        assert_eq!(resolved.project_id.as_deref(), Some("proj"));
    }

    #[test]
    fn environment_iam_token() {
        let resolved = chain(&[(ENV_AUTH_TOKEN, TOKEN), (ENV_AK, "")])
            .resolve()
            .unwrap();
        assert_eq!(resolved.credentials, Credentials::token(TOKEN));
        assert_eq!(resolved.source, CredentialSource::Environment);
    }

    type Env<'a> = &'a [(&'a str, &'a str)];

    #[test]
    fn half_set_environment() {
        let cases: [(Env<'_>, &str, &str); 4] = [
            (&[(ENV_AK, "AK")], ENV_AK, ENV_SK),
            (&[(ENV_SK, SK), (ENV_AK, "  ")], ENV_SK, ENV_AK),
            (&[(ENV_SECURITY_TOKEN, TOKEN)], ENV_SECURITY_TOKEN, ENV_AK),
            (
                &[(ENV_SECURITY_TOKEN, TOKEN), (ENV_AUTH_TOKEN, TOKEN)],
                ENV_SECURITY_TOKEN,
                ENV_SK,
            ),
        ];
        for (pairs, set, missing) in cases {
            let err = chain(pairs).resolve().unwrap_err();
            let msg = err.to_string();
            assert!(
                matches!(err, CredentialsError::IncompleteEnvironment { .. }),
                "{msg}"
            );
            assert!(msg.contains(set) && msg.contains(missing), "{msg}");
            assert_no_secret(&msg);
            assert_no_secret(&format!("{err:?}"));
        }
    }

    #[test]
    fn nothing_found_without_home() {
        let err = chain(&[]).resolve().unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, CredentialsError::NotFound { .. }));
        for name in [ENV_AK, ENV_SK, ENV_AUTH_TOKEN, "HOME", "USERPROFILE"] {
            assert!(msg.contains(name), "{msg}");
        }
        assert!(!msg.contains('\n'));
    }

    #[test]
    fn default_profile_path_from_home_then_userprofile() {
        let c = chain(&[("HOME", "/home/u"), ("USERPROFILE", "C:\\Users\\u")]);
        let (path, _, explicit) = c.profile_path().unwrap();
        assert_eq!(path, Path::new("/home/u/.huaweicloud/credentials"));
        assert!(!explicit);
        let c = chain(&[("HOME", ""), ("USERPROFILE", "/profile")]);
        assert_eq!(
            c.profile_path().unwrap().0,
            Path::new("/profile/.huaweicloud/credentials")
        );
        let c = chain(&[("HOME", "/home/u"), (ENV_CREDENTIALS_FILE, "/etc/creds")]);
        let (path, given_by, explicit) = c.profile_path().unwrap();
        assert_eq!(path, Path::new("/etc/creds"));
        assert_eq!(given_by, ENV_CREDENTIALS_FILE);
        assert!(explicit);
        let c = c.with_profile_file(PathBuf::from("/given"));
        assert_eq!(c.profile_path().unwrap().0, Path::new("/given"));
    }

    #[test]
    fn profile_parsing() {
        let path = Path::new("/p/credentials");
        let text = format!(
            "\u{feff}# comment\n[other]\nak = NOPE\n\n[basic]\nAK = FILEAK\nSk={SK}\nsecurity_token = {TOKEN}\nproject_id = proj\nextra = x\n"
        );
        let profile = parse_profile(path, &text).unwrap();
        assert_eq!(
            profile.credentials,
            Credentials::temporary("FILEAK", SK, TOKEN)
        );
        assert_eq!(profile.project_id.as_deref(), Some("proj"));

        // Values are taken as written: no quote stripping, no escapes.
        let profile = parse_profile(path, "[basic]\nak=A\nsk=\"a\\b\"\n").unwrap();
        assert_eq!(profile.credentials, Credentials::aksk("A", "\"a\\b\""));
    }

    #[test]
    fn profile_errors() {
        let path = Path::new("/p/credentials");
        let cases = [
            (
                format!("[default]\nak=A\nsk={SK}\n"),
                "credentials file /p/credentials has no [basic] section",
            ),
            (
                "[basic]\nak=A\n".to_owned(),
                "credentials file /p/credentials: section [basic] has `ak` but no `sk`",
            ),
            (
                format!("[basic]\nsk={SK}\nak=\n"),
                "credentials file /p/credentials: section [basic] has `sk` but no `ak`",
            ),
            (
                format!("[basic]\nsecurity_token={TOKEN}\n"),
                "credentials file /p/credentials: section [basic] has `security_token` but neither `ak` nor `sk`",
            ),
            (
                "[basic]\nproject_id=p\n".to_owned(),
                "credentials file /p/credentials: section [basic] has neither `ak` nor `sk`",
            ),
            (
                format!("[basic]\nak=A\n={SK}\n"),
                "credentials file /p/credentials is not valid INI (line 3, column 2)",
            ),
        ];
        for (text, expected) in cases {
            let err = parse_profile(path, &text).unwrap_err();
            assert_eq!(err.to_string(), expected);
            assert_no_secret(&format!("{err:?}"));
        }
    }

    #[test]
    fn chain_debug_is_redacted() {
        let c = chain(&[]).with_explicit(Credentials::temporary("AK", SK, TOKEN));
        assert_no_secret(&format!("{c:?}"));
    }
}

//! The endpoints of the real services, as their specs' `servers` (through each crate's
//! generated `META`) give them, checked against the official SDK's region tables
//! (`huaweicloudsdkdds`/`rds`/`gaussdb` 3.1.219, `region/*_region.py`): every region, its
//! domain, its host prefix, and the environment variables that override it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use huaweicloud_core::ServiceMeta;
use huaweicloud_core::endpoint::{EndpointError, resolve};

/// The regions of `DdsRegion`/`RdsRegion` in the official SDK 3.1.219 (the same 34 for both).
const DDS_RDS_REGIONS: [&str; 34] = [
    "ae-ad-1",
    "af-north-1",
    "af-south-1",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "ap-southeast-5",
    "cn-east-2",
    "cn-east-3",
    "cn-east-4",
    "cn-east-5",
    "cn-north-1",
    "cn-north-11",
    "cn-north-12",
    "cn-north-2",
    "cn-north-4",
    "cn-north-9",
    "cn-south-1",
    "cn-south-2",
    "cn-south-4",
    "cn-southwest-2",
    "cn-southwest-3",
    "eu-west-0",
    "eu-west-101",
    "la-north-2",
    "la-south-2",
    "me-east-1",
    "my-kualalumpur-1",
    "na-mexico-1",
    "ru-moscow-1",
    "ru-northwest-2",
    "sa-brazil-1",
    "tr-west-1",
];

/// `GaussDBRegion` of the official SDK 3.1.219: each region's host prefix.
const TAURUSDB_REGIONS: [(&str, &[&str]); 3] = [
    (
        "gaussdb",
        &[
            "cn-north-4",
            "cn-north-2",
            "cn-north-9",
            "cn-southwest-2",
            "cn-east-3",
            "cn-south-1",
            "cn-south-4",
            "ru-northwest-2",
            "ap-southeast-3",
            "ap-southeast-4",
            "sa-brazil-1",
        ],
    ),
    (
        "gaussdbformysql",
        &[
            "tr-west-1",
            "ap-southeast-1",
            "ap-southeast-2",
            "cn-north-11",
            "me-east-1",
        ],
    ),
    (
        "gaussdb-mysql",
        &["af-south-1", "cn-east-5", "la-north-2", "cn-southwest-3"],
    ),
];

fn no_env(_: &str) -> Option<String> {
    None
}

fn url(service: &ServiceMeta, region: &str) -> String {
    resolve(service, region, &no_env)
        .unwrap_or_else(|e| panic!("{service} {region}: {e}"))
        .to_string()
}

#[test]
fn every_dds_and_rds_region_resolves_on_its_domain() {
    for service in [&huaweicloud_dds::META, &huaweicloud_rds::META] {
        assert_eq!(service.known_regions(), DDS_RDS_REGIONS, "{service}");
        for region in DDS_RDS_REGIONS {
            let domain = if region == "eu-west-101" {
                "myhuaweicloud.eu"
            } else {
                "myhuaweicloud.com"
            };
            assert_eq!(
                url(service, region),
                format!("https://{}.{region}.{domain}/", service.name)
            );
        }
    }
}

#[test]
fn every_taurusdb_region_resolves_to_its_prefix() {
    let service = &huaweicloud_taurusdb::META;
    let mut all = Vec::new();
    for (prefix, regions) in TAURUSDB_REGIONS {
        for region in regions {
            all.push(*region);
            assert_eq!(
                url(service, region),
                format!("https://{prefix}.{region}.myhuaweicloud.com/")
            );
        }
    }
    all.sort_unstable();
    assert_eq!(service.known_regions(), all);
    assert_eq!(all.len(), 20);
}

#[test]
fn override_variables_follow_the_official_names_and_order() {
    let cases: [(&ServiceMeta, &[&str]); 3] = [
        (
            &huaweicloud_dds::META,
            &["HUAWEICLOUD_SDK_REGION_DDS_CN_NORTH_4"],
        ),
        (
            &huaweicloud_rds::META,
            &["HUAWEICLOUD_SDK_REGION_RDS_CN_NORTH_4"],
        ),
        (
            &huaweicloud_taurusdb::META,
            &[
                "HUAWEICLOUD_SDK_REGION_TAURUSDB_CN_NORTH_4",
                "HUAWEICLOUD_SDK_REGION_GAUSSDB_CN_NORTH_4",
            ],
        ),
    ];
    for (service, variables) in cases {
        for variable in variables {
            let env =
                |name: &str| (name == *variable).then(|| "https://o.example:8443/p?q".to_owned());
            assert_eq!(
                resolve(service, "cn-north-4", &env).unwrap().as_str(),
                "https://o.example:8443/",
                "{variable}"
            );
        }
    }
    // With both TaurusDB names set, the first wins.
    let env = |name: &str| match name {
        "HUAWEICLOUD_SDK_REGION_TAURUSDB_CN_NORTH_4" => Some("https://t.example".to_owned()),
        "HUAWEICLOUD_SDK_REGION_GAUSSDB_CN_NORTH_4" => Some("https://g.example".to_owned()),
        _ => None,
    };
    assert_eq!(
        resolve(&huaweicloud_taurusdb::META, "cn-north-4", &env)
            .unwrap()
            .as_str(),
        "https://t.example/"
    );
}

#[test]
fn an_unknown_region_names_the_service_the_regions_and_the_variables() {
    let err = resolve(&huaweicloud_taurusdb::META, "eu-west-101", &no_env).unwrap_err();
    assert!(matches!(err, EndpointError::UnknownRegion { .. }), "{err}");
    let message = err.to_string();
    for part in [
        "taurusdb",
        "eu-west-101",
        "af-south-1",
        "HUAWEICLOUD_SDK_REGION_TAURUSDB_EU_WEST_101",
        "HUAWEICLOUD_SDK_REGION_GAUSSDB_EU_WEST_101",
    ] {
        assert!(message.contains(part), "{part} missing from: {message}");
    }
}

/// `huaweicloud_iam::META`'s URL for `region` as the client that finds project ids builds it
/// (`huaweicloud_iam::discovery`: the region alone, nothing read from the environment).
fn iam_client_url(region: &str) -> String {
    use huaweicloud_iam::ClientInfo as _;
    let client = huaweicloud_iam::Client::builder()
        .env_lookup(|_| None)
        .region(region)
        .anonymous()
        .build()
        .unwrap_or_else(|e| panic!("iam {region}: {e}"));
    client.baseurl().to_owned()
}

/// IAM, which finds the project id of a region: each region its spec's `servers` list on its
/// own host (`eu-west-101` on `.eu`), and any other region, a real one that DDS or RDS serve
/// or a made-up one, on the spec's last server, the global endpoint, rather than an error.
#[test]
fn iam_regions_resolve_to_their_own_host_and_any_other_to_the_global_endpoint() {
    const GLOBAL: &str = "https://iam.myhuaweicloud.com";
    let iam = &huaweicloud_iam::META;
    let spec = huaweicloud_workspace_tests::spec_json("iam");
    let servers = spec["servers"].as_array().expect("servers");
    let (last, regional) = servers.split_last().expect("servers");
    assert_eq!(last["url"], GLOBAL, "the last server is the global one");
    assert!(last.get("variables").is_none(), "{last}");
    let mut listed = Vec::new();
    for server in regional {
        let template = server["url"].as_str().expect("url");
        for region in server["variables"]["region"]["enum"]
            .as_array()
            .expect("regions")
        {
            let region = region.as_str().expect("region");
            let expected = template.replace("{region}", region);
            assert_eq!(url(iam, region), format!("{expected}/"));
            assert_eq!(iam_client_url(region), expected);
            listed.push(region);
        }
    }
    listed.sort_unstable();
    assert_eq!(iam.known_regions(), listed);

    // Named, whatever the spec parsing above makes of them.
    assert_eq!(
        url(iam, "cn-north-4"),
        "https://iam.cn-north-4.myhuaweicloud.com/"
    );
    assert_eq!(
        url(iam, "eu-west-101"),
        "https://iam.eu-west-101.myhuaweicloud.eu/"
    );
    assert_eq!(
        iam_client_url("eu-west-101"),
        "https://iam.eu-west-101.myhuaweicloud.eu"
    );

    let unlisted: Vec<&str> = DDS_RDS_REGIONS
        .into_iter()
        .filter(|r| !listed.contains(r))
        .chain(["xx-unknown-1"])
        .collect();
    assert!(
        unlisted.len() > 1,
        "some DDS/RDS region has no IAM host of its own: {unlisted:?}"
    );
    for region in unlisted {
        assert_eq!(url(iam, region), format!("{GLOBAL}/"), "{region}");
        assert_eq!(iam_client_url(region), GLOBAL, "{region}");
    }
    // The global endpoint serves names, not anything at all.
    let err = resolve(iam, "xx unknown", &no_env).unwrap_err();
    assert!(matches!(err, EndpointError::InvalidRegion { .. }), "{err}");
}

/// IAM's overrides win over its table for every region, listed or not:
/// `HUAWEICLOUD_SDK_IAM_ENDPOINT` (checked first) and `HUAWEICLOUD_SDK_REGION_IAM_{REGION}`.
#[test]
fn iam_overrides_win_over_the_regions_host_and_the_global_endpoint() {
    let iam = &huaweicloud_iam::META;
    for region in ["xx-unknown-1", "cn-north-4", "eu-west-101"] {
        let per_region = format!(
            "HUAWEICLOUD_SDK_REGION_IAM_{}",
            region.to_ascii_uppercase().replace('-', "_")
        );
        assert_eq!(
            huaweicloud_core::endpoint::override_variables(iam, region),
            [per_region.as_str()]
        );
        let everywhere =
            |name: &str| (name == "HUAWEICLOUD_SDK_IAM_ENDPOINT").then(|| "iam.a.example".into());
        assert_eq!(
            resolve(iam, region, &everywhere).unwrap().as_str(),
            "https://iam.a.example/",
            "{region}"
        );
        let this_region =
            |name: &str| (name == per_region).then(|| "https://iam.b.example:8443/x".into());
        assert_eq!(
            resolve(iam, region, &this_region).unwrap().as_str(),
            "https://iam.b.example:8443/",
            "{region}"
        );
        let both = |name: &str| everywhere(name).or_else(|| this_region(name));
        assert_eq!(
            resolve(iam, region, &both).unwrap().as_str(),
            "https://iam.a.example/",
            "{region}: HUAWEICLOUD_SDK_IAM_ENDPOINT first"
        );
    }
}

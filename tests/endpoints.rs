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

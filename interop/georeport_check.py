"""Reads a running Heard through `georeport` (PyPI), an Open311 GeoReport v2 client that
knows nothing of Heard: the service list, a service definition, the list of requests and one
request, in JSON and in XML. The client cannot submit, so the one request it reads is posted
here first, with `requests`, as any Open311 client would post it.

Environment: HEARD_BASE_URL (http://127.0.0.1:PORT) and HEARD_API_KEY (`heard api-key create`).
Exits non-zero, naming the expectation, at the first thing that is not as it should be.
"""

import os
import re
import sys

import georeport
import requests
from georeport import GeoReport

TORONTO_WATER = "Toronto Water"
ANIMAL_SERVICES = "Municipal Licensing & Standards: Toronto Animal Services"
TRACKING_NUMBER = re.compile(r"^\d{4}-\d{4}-\d{2}$")
# Personal free text in three scripts: Open311 listings must never show it.
DESCRIPTION = "Égout bouché devant le n° 12 — 下水道堵塞 — المجاري مسدودة"
EMAIL = "résidente.interop@example.ca"


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def post_request(base, api_key, service_code, **fields):
    """Submits a request as a GeoReport client posts one: form-encoded, with the API key."""
    form = {"api_key": api_key, "service_code": service_code, **fields}
    response = requests.post(f"{base}/requests.json", data=form, timeout=10)
    check(response.status_code == 201, f"POST requests.json: {response.status_code} {response.text}")
    answer = response.json()
    check(isinstance(answer, list) and len(answer) == 1, f"POST answer is one request: {answer}")
    request_id = answer[0]["service_request_id"]
    check(TRACKING_NUMBER.match(request_id), f"the id {request_id!r} is a tracking number")
    return request_id


def as_list(value):
    """xmltodict gives one repeated element as a dict and several as a list."""
    return value if isinstance(value, list) else [value]


def check_services(client):
    services = as_list(client.get_service_list())
    by_code = {s["service_code"]: s for s in services}
    water = [s for s in services if s["group"] == TORONTO_WATER]
    check(len(services) > 50, f"the shipped directory has its categories: {len(services)}")
    check(len(by_code) == len(services), "each service code appears once")
    check(len(water) >= 5, f"Toronto Water has its categories: {[s['service_code'] for s in water]}")
    sewer = by_code.get("T311-R0008")
    check(sewer is not None, "T311-R0008 (a Toronto Water category) is a service")
    check(sewer["group"] == TORONTO_WATER, f"T311-R0008 is Toronto Water's: {sewer}")
    check(sewer["service_name"] == "Sewer Service Line-Blocked", f"its name: {sewer}")
    check(str(sewer["metadata"]).lower() == "true", f"it has a definition: {sewer}")
    check(sewer["type"] == "realtime", f"its type: {sewer}")
    check(
        any(s["group"] == ANIMAL_SERVICES for s in services),
        f"a group with '&' survives the format: {sorted({s['group'] for s in services})}",
    )
    return by_code, water


def check_definition(client, code):
    definition = client.get_service_definition(code)
    check(definition["service_code"] == code, f"the definition is {code}'s: {definition}")
    attributes = definition["attributes"]
    # In XML, <attributes> holds <attribute> elements.
    attributes = as_list(attributes["attribute"]) if isinstance(attributes, dict) else attributes
    by_code = {a["code"]: a for a in attributes}
    kind = by_code.get("kind")
    check(kind is not None, f"the definition has the attribute kind: {list(by_code)}")
    check(kind["datatype"] == "singlevaluelist", f"kind is a list of values: {kind}")
    check(str(kind["required"]).lower() == "false", f"kind is optional: {kind}")
    values = kind["values"]
    values = as_list(values["value"]) if isinstance(values, dict) else values
    keys = [v["key"] for v in values]
    check(keys == ["complaint", "compliment", "comment"], f"kind's values: {keys}")
    check("remedy_sought" in by_code, f"the definition has remedy_sought: {list(by_code)}")
    return keys


def check_listed(client, request_id, code, agency):
    listed = as_list(client.get_service_requests())
    ours = [r for r in listed if r["service_request_id"] == request_id]
    check(len(ours) == 1, f"{request_id} is listed once among {len(listed)} requests")
    request = ours[0]
    check(request["service_code"] == code, f"listed with its service: {request}")
    check(request["agency_responsible"] == agency, f"listed with its division: {request}")
    check(request["status"] == "open", f"a new request is open: {request}")
    check_private(request)

    by_id = as_list(client.get_service_requests(service_request_id=request_id))
    check([r["service_request_id"] for r in by_id] == [request_id], f"by id: {by_id}")
    by_code = as_list(client.get_service_requests(service_code=code, status="open"))
    check(request_id in [r["service_request_id"] for r in by_code], "found by code and status")
    return len(listed)


def check_one(client, request_id, code, service_name):
    request = client.get_service_request(request_id)
    check(request["service_request_id"] == request_id, f"the one asked for: {request}")
    check(request["service_code"] == code, f"with its service: {request}")
    check(request["service_name"] == service_name, f"with its service's name: {request}")
    check(request["status_notes"] == "Received", f"with its status: {request}")
    check(re.match(r"^\d{4}-\d{2}-\d{2}T", request["requested_datetime"]), f"dated: {request}")
    check(request["expected_datetime"], f"with the date the answer is due: {request}")
    check_private(request)


def check_private(request):
    """Heard's listings carry no description, address, point or contact (docs/API.md)."""
    for field in ("description", "address", "address_string", "lat", "long", "email", "phone"):
        check(field not in request, f"{field} is not shown: {request}")
    text = str(request)
    for secret in (DESCRIPTION[:10], "下水道", "interop@example.ca"):
        check(secret not in text, f"personal text {secret!r} is not shown: {request}")


def main():
    base = os.environ["HEARD_BASE_URL"].rstrip("/") + "/open311/v2"
    api_key = os.environ["HEARD_API_KEY"]
    print(f"georeport {georeport.__version__} against {base}")

    json_client = GeoReport(base)
    by_code, water = check_services(json_client)
    keys = check_definition(json_client, "T311-R0008")
    print(f"  services: {len(by_code)}, {len(water)} of them Toronto Water; "
          f"T311-R0008 has kind {keys}")

    water_id = post_request(
        base, api_key, "T311-R0008",
        description=DESCRIPTION, email=EMAIL, first_name="Zoë", last_name="Ng",
        lat="43.6532", long="-79.3832", **{"attribute[kind]": "complaint"},
    )
    animals_code = next(c for c, s in by_code.items() if s["group"] == ANIMAL_SERVICES)
    # Heard needs a description, which GeoReport v2 leaves optional (a 400 says so).
    animals_id = post_request(
        base, api_key, animals_code,
        description="Raccoon & kits under the porch", address_string="100 Queen St W",
    )
    print(f"  posted {water_id} (T311-R0008) and {animals_id} ({animals_code})")

    for fmt in ("json", "xml"):
        # The XML client also sends a jurisdiction_id, as clients of multi-city servers do.
        jurisdiction = "toronto.on.ca" if fmt == "xml" else None
        client = GeoReport(base, jurisdiction=jurisdiction, output_format=fmt)
        if fmt == "xml":
            check_services(client)
            check_definition(client, "T311-R0008")
        count = check_listed(client, water_id, "T311-R0008", TORONTO_WATER)
        check_listed(client, animals_id, animals_code, ANIMAL_SERVICES)
        check_one(client, water_id, "T311-R0008", by_code["T311-R0008"]["service_name"])
        check_one(client, animals_id, animals_code, by_code[animals_code]["service_name"])
        print(f"  {fmt}: services, definition, {count} requests listed, each read back by id")

    print("georeport: OK")


if __name__ == "__main__":
    try:
        main()
    except (AssertionError, requests.RequestException, KeyError) as e:
        print(f"georeport: FAILED: {type(e).__name__}: {e}", file=sys.stderr)
        sys.exit(1)

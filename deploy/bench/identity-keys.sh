# Sourced by the benchmarks: a fresh EC key pair for the identity the gateway signs and the services check,
# as $identity_private_key (PKCS#8) and $identity_public_key (X.509), both DER in base64.
identity_keys=$(mktemp -d)
openssl ecparam -name prime256v1 -genkey -noout -out "$identity_keys/ec.pem"
identity_private_key="$(openssl pkcs8 -topk8 -nocrypt -in "$identity_keys/ec.pem" -outform DER | base64 -w0)"
identity_public_key="$(openssl ec -in "$identity_keys/ec.pem" -pubout -outform DER 2>/dev/null | base64 -w0)"
rm -rf "$identity_keys"

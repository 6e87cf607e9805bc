import SDKGenDiagnostics
import XCTest
@testable import OpenAPIReader

final class OpenAPIParserTests: XCTestCase {
    // MARK: The document itself

    func testMinimalDocument() throws {
        let result = try parseSpec(spec("paths: {}"))
        XCTAssertEqual(result.document.version, "3.1.0")
        XCTAssertEqual(result.document.info, Info(title: "Test", version: "1", description: nil))
        XCTAssertTrue(result.document.operations.isEmpty)
        XCTAssertTrue(result.warnings.isEmpty, "\(result.warnings)")
        XCTAssertEqual(result.document.source.path, "spec.yaml")
    }

    /// `names:` pointers pass through `$ref`s (a request body in `components`) to the schema
    /// they name, which then carries the name; one through a `$ref` that points at itself
    /// names nothing, and ends.
    func testNamePointersFollowReferencesAndEndOnLoops() throws {
        let text = spec("""
            paths:
              /pets:
                post:
                  requestBody: {$ref: '#/components/requestBodies/NewPet'}
                  responses: {"204": {description: none}}
            components:
              requestBodies:
                NewPet: {content: {application/json: {schema: {type: object, properties: {name: {type: string}}}}}}
            x-loop: {$ref: '#/x-loop'}
            """)
        let names = [
            "#/paths/~1pets/post/requestBody": "PetDraft",
            "#/x-loop/x": "Nothing",
        ]
        let result = try OpenAPIParser.parse(Array(text.utf8), path: "spec.yaml", names: names)
        XCTAssertEqual(result.names.targets["#/x-loop/x"], [])
        let body = try XCTUnwrap(result.document.operations.first?.requestBody?.content.first?.schema)
        XCTAssertEqual(body.configuredName, "PetDraft")
        XCTAssertEqual(result.names.targets["#/paths/~1pets/post/requestBody"], [.schema(body.mark)])
    }

    func testInfoVersionWrittenAsANumberStaysText() throws {
        let result = try parseSpec("openapi: 3.0.3\ninfo:\n  title: T\n  version: 1.0\n")
        XCTAssertEqual(result.document.info.version, "1.0")
        XCTAssertEqual(result.document.version, "3.0.3")
    }

    func testMissingOpenAPIFieldIsAnErrorAtTheTop() {
        let diagnostics = parseErrors("info:\n  title: T\n  version: '1'\npaths: {}\n", path: "nover.yaml")
        let missing = diagnostic(containing: "'openapi'", in: diagnostics)
        XCTAssertEqual(missing?.severity, .error)
        XCTAssertEqual(missing?.location, SourceLocation(file: "nover.yaml", line: 1, column: 1))
    }

    func testMalformedSpecFromTheGeneratorSuite() throws {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        let file = shared.appendingPathComponent("specs/swift-openapi-generator/sog-malformed-openapi.yaml")
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw XCTSkip("\(file.path) is absent (the ../shared spec corpus is not checked out next to the package)")
        }
        let bytes = try [UInt8](Data(contentsOf: file))
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try OpenAPIParser.parse(bytes, path: "sog-malformed-openapi.yaml")
        }
        let missing = diagnostic(containing: "'openapi'", in: diagnostics)
        XCTAssertEqual(missing?.severity, .error)
        // The file opens with a comment line, so the document's mapping starts on line 2.
        XCTAssertLessThanOrEqual(missing?.location?.line ?? 99, 2, "\(diagnostics)")
        XCTAssertEqual(missing?.location?.column, 1, "\(diagnostics)")
        XCTAssertTrue(missing?.description.hasPrefix("sog-malformed-openapi.yaml:") == true)
    }

    func testSwaggerDocumentsAreRefused() {
        let swagger = parseErrors("swagger: \"2.0\"\ninfo:\n  title: T\n  version: '1'\npaths: {}\n")
        let swaggerRefused = diagnostic(containing: "Swagger 2.0 documents are not supported", in: swagger)
        XCTAssertEqual(swaggerRefused?.location?.line, 1)
        let two = parseErrors("openapi: 2.0\ninfo:\n  title: T\n  version: '1'\n")
        let refused = diagnostic(containing: "not supported", in: two)
        XCTAssertEqual(refused?.location?.line, 1)
        XCTAssertEqual(refused?.location?.column, 10)
    }

    func testUnknownMajorVersionIsAWarning() throws {
        let result = try parseSpec(spec("paths: {}", version: "4.0.0"))
        XCTAssertEqual(result.warnings.count, 1)
        XCTAssertTrue(result.warnings.first?.message.contains("4.0.0") == true)
        XCTAssertEqual(result.warnings.first?.severity, .warning)
    }

    func testMissingInfoIsAnError() {
        let diagnostics = parseErrors("openapi: 3.1.0\npaths: {}\n")
        XCTAssertNotNil(diagnostic(containing: "'info'", in: diagnostics))
    }

    // MARK: References

    func testDanglingSchemaReferenceIsReportedAtItsLine() {
        let text = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Pet:
                  $ref: '#/components/schemas/Missing'
            """
        let diagnostics = parseErrors(text, path: "dangling.yaml")
        let dangling = diagnostic(containing: "#/components/schemas/Missing", in: diagnostics)
        XCTAssertEqual(dangling?.location?.line, 6, "\(diagnostics)")
        XCTAssertEqual(dangling?.location?.column, 13, "\(diagnostics)")
        XCTAssertTrue(dangling?.description.hasPrefix("dangling.yaml:6:13: error: ") == true, "\(diagnostics)")
    }

    func testDanglingParameterReferenceIsAnError() {
        let text = spec(
            """
            paths:
              /pets:
                get:
                  parameters:
                    - $ref: '#/components/parameters/nope'
            """)
        let diagnostics = parseErrors(text)
        let dangling = diagnostic(containing: "#/components/parameters/nope", in: diagnostics)
        XCTAssertEqual(dangling?.location?.line, 9)
    }

    func testEscapedPointerTokensResolve() throws {
        let text = spec(
            """
            paths:
              /pets/{id}:
                get:
                  parameters:
                    - name: id
                      in: path
                      schema: {type: integer}
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/a~1b'
              /owners/{id}:
                get:
                  parameters:
                    - $ref: '#/paths/~1pets~1{id}/get/parameters/0'
                    - $ref: '#/components/parameters/tilde~0name'
            components:
              parameters:
                tilde~name:
                  name: verbose
                  in: query
                  schema: {type: boolean}
              schemas:
                a/b:
                  type: string
            """)
        let result = try parseSpec(text)
        let owners = try result.operation(.get, "/owners/{id}")
        XCTAssertEqual(owners.parameters.map(\.name), ["id", "verbose"])
        if case .integer = owners.parameters[0].schema.kind {} else {
            XCTFail("the parameter resolved through ~1 must be the integer one, got \(owners.parameters[0].schema.kind)")
        }
        XCTAssertEqual(owners.parameters[1].location, .query)
        let pets = try result.operation(.get, "/pets/{id}")
        let schema = try XCTUnwrap(pets.responses.first?.content.first?.schema)
        XCTAssertEqual(referenceName(schema.kind), "a/b")
        XCTAssertEqual(result.document.schemas.map(\.name), ["a/b"])
    }

    func testPercentEncodedPointerResolves() throws {
        let text = spec(
            """
            paths:
              /a:
                get:
                  parameters:
                    - $ref: '#/components/parameters/with%20space'
            components:
              parameters:
                with space: {name: q, in: query}
            """)
        let operation = try parseSpec(text).operation(.get, "/a")
        XCTAssertEqual(operation.parameters.map(\.name), ["q"])
    }

    func testReferenceCycleOutsideSchemasIsAnErrorNotAHang() {
        let text = spec(
            """
            paths:
              /a:
                get:
                  parameters:
                    - $ref: '#/components/parameters/one'
            components:
              parameters:
                one: {$ref: '#/components/parameters/two'}
                two: {$ref: '#/components/parameters/one'}
            """)
        XCTAssertNotNil(diagnostic(containing: "cycle", in: parseErrors(text)))
    }

    func testSelfReferentialComponentSchemaIsAReference() throws {
        let text = spec(
            """
            components:
              schemas:
                Node:
                  type: object
                  properties:
                    next: {$ref: '#/components/schemas/Node'}
            """)
        let node = try parseSpec(text).schema("Node")
        guard case .object(let properties, _) = node.kind else { return XCTFail("\(node.kind)") }
        XCTAssertEqual(properties.first.map { referenceName($0.schema.kind) }, "Node")
    }

    // MARK: Operations

    func testPathAndOperationParametersAreMerged() throws {
        let text = spec(
            """
            paths:
              /pets/{id}:
                parameters:
                  - name: id
                    in: path
                    schema: {type: string}
                  - name: trace
                    in: header
                    description: path level
                get:
                  operationId: getPet
                  parameters:
                    - name: trace
                      in: header
                      description: operation level
                    - name: fields
                      in: query
                      required: true
                  responses:
                    '200': {description: OK}
                delete:
                  responses:
                    '204': {description: gone}
            """)
        let result = try parseSpec(text)
        let get = try result.operation(.get, "/pets/{id}")
        XCTAssertEqual(get.operationID, "getPet")
        XCTAssertEqual(get.parameters.map(\.name), ["id", "trace", "fields"])
        XCTAssertEqual(get.parameters.first { $0.name == "trace" }?.description, "operation level")
        XCTAssertEqual(get.parameters.map(\.required), [true, false, true], "path parameters are always required")
        XCTAssertEqual(get.parameters.map(\.style), ["simple", "simple", "form"])
        XCTAssertEqual(get.parameters.map(\.explode), [false, false, true])
        let delete = try result.operation(.delete, "/pets/{id}")
        XCTAssertEqual(delete.parameters.map(\.name), ["id", "trace"])
        XCTAssertEqual(delete.parameters.last?.description, "path level")
        XCTAssertEqual(result.document.operations.map(\.method), [.get, .delete], "operations keep the order written")
    }

    func testParameterReferenceToComponents() throws {
        let text = spec(
            """
            paths:
              /pets:
                get:
                  parameters:
                    - $ref: '#/components/parameters/limit'
            components:
              parameters:
                limit:
                  name: limit
                  in: query
                  description: page size
                  schema: {type: integer, format: int32}
            """)
        let parameter = try XCTUnwrap(try parseSpec(text).operation(.get, "/pets").parameters.first)
        XCTAssertEqual(parameter.name, "limit")
        XCTAssertEqual(parameter.location, .query)
        XCTAssertEqual(parameter.description, "page size")
        XCTAssertEqual(parameter.schema.format, "int32")
        XCTAssertEqual(parameter.mark, Mark.position(line: 9, column: 11), "a referenced parameter is placed at its $ref")
    }

    func testUnknownParameterLocationIsAnError() {
        let text = spec(
            """
            paths:
              /pets:
                get:
                  parameters:
                    - {name: x, in: body}
            """)
        let unknown = diagnostic(containing: "'body'", in: parseErrors(text))
        XCTAssertEqual(unknown?.location?.line, 9)
    }

    func testRequestBodyReferenceAndResponses() throws {
        let text = spec(
            """
            paths:
              /pets:
                post:
                  requestBody:
                    $ref: '#/components/requestBodies/NewPet'
                  responses:
                    '201':
                      description: Created
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Pet'}
                    4XX:
                      $ref: '#/components/responses/Problem'
                    default:
                      description: Unexpected
            components:
              requestBodies:
                NewPet:
                  required: true
                  description: the pet
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
                    text/plain: {}
              responses:
                Problem:
                  description: A problem
                  content:
                    application/problem+json:
                      schema: {type: object}
              schemas:
                Pet: {type: object}
            """)
        let post = try parseSpec(text).operation(.post, "/pets")
        let body = try XCTUnwrap(post.requestBody)
        XCTAssertTrue(body.required)
        XCTAssertEqual(body.description, "the pet")
        XCTAssertEqual(body.content.map(\.contentType), ["application/json", "text/plain"])
        XCTAssertEqual(body.content.first?.schema.flatMap { referenceName($0.kind) }, "Pet")
        XCTAssertNil(body.content.last?.schema)
        XCTAssertEqual(post.responses.map(\.status), ["201", "4XX", "default"])
        XCTAssertEqual(post.responses.map(\.description), ["Created", "A problem", "Unexpected"])
        XCTAssertEqual(post.responses[1].content.first?.contentType, "application/problem+json")
    }

    func testStatusCodesWrittenAsNumbersAreText() throws {
        let text = spec(
            """
            paths:
              /pets:
                get:
                  responses:
                    200: {description: OK}
                    404: {description: Missing}
            """)
        XCTAssertEqual(try parseSpec(text).operation(.get, "/pets").responses.map(\.status), ["200", "404"])
    }

    func testSpeakeasyExtensionsOnOperations() throws {
        let text = spec(
            """
            paths:
              /pets:
                get:
                  operationId: listPets
                  x-speakeasy-name-override: list
                  x-speakeasy-group: pets.admin
                  tags: [pets]
                  deprecated: true
                  summary: List pets
                  responses: {}
                put:
                  responses: {}
            """)
        let result = try parseSpec(text)
        let get = try result.operation(.get, "/pets")
        XCTAssertEqual(get.nameOverride, "list")
        XCTAssertEqual(get.group, "pets.admin")
        XCTAssertEqual(get.tags, ["pets"])
        XCTAssertTrue(get.deprecated)
        XCTAssertEqual(get.summary, "List pets")
        let put = try result.operation(.put, "/pets")
        XCTAssertNil(put.nameOverride)
        XCTAssertNil(put.group)
        XCTAssertFalse(put.deprecated)
    }

    func testNonBooleanFlagIsAnError() {
        let text = spec(
            """
            paths:
              /pets:
                get:
                  deprecated: yes
            """)
        let flag = diagnostic(containing: "'deprecated'", in: parseErrors(text))
        XCTAssertEqual(flag?.location?.line, 8)
        XCTAssertTrue(flag?.message.contains("'yes'") == true)
    }

    // MARK: Servers and security

    func testServerVariablesWithUnquotedEnumNumbers() throws {
        let text = spec(
            """
            servers:
              - url: https://{host}:{port}/v1
                description: Production
                variables:
                  host:
                    default: api.example.com
                  port:
                    default: '8443'
                    enum:
                      - 8443
                      - '443'
                      - 0443
              - url: /relative
            """)
        let servers = try parseSpec(text).document.servers
        XCTAssertEqual(servers.map(\.url), ["https://{host}:{port}/v1", "/relative"])
        XCTAssertEqual(servers[0].description, "Production")
        XCTAssertEqual(servers[0].variables.map(\.name), ["host", "port"])
        let port = servers[0].variables[1]
        XCTAssertEqual(port.defaultValue, "8443")
        XCTAssertEqual(port.allowedValues, ["8443", "443", "0443"], "numbers keep their text, leading zero included")
        XCTAssertEqual(servers[1].variables, [])
    }

    func testSecuritySchemesAndGlobalSecurity() throws {
        let text = spec(
            """
            security:
              - bearerAuth: []
              - oauth: [read]
                key: []
            paths:
              /open:
                get:
                  security: []
                  responses: {}
              /closed:
                get:
                  responses: {}
            components:
              securitySchemes:
                bearerAuth:
                  type: http
                  scheme: Bearer
                  description: A token
                oauth:
                  type: oauth2
                  flows:
                    clientCredentials:
                      tokenUrl: https://auth.example.com/token
                      scopes: {read: Read}
                key:
                  type: apiKey
                  name: X-API-Key
                  in: header
                oidc:
                  type: openIdConnect
                  openIdConnectUrl: https://auth.example.com/.well-known
            """)
        let result = try parseSpec(text)
        let schemes = result.document.securitySchemes
        XCTAssertEqual(schemes.map(\.name), ["bearerAuth", "oauth", "key", "oidc"])
        XCTAssertEqual(schemes[0].kind, .http(scheme: "bearer"))
        XCTAssertEqual(schemes[0].description, "A token")
        XCTAssertEqual(schemes[1].kind, .oauth2(tokenURL: "https://auth.example.com/token"))
        XCTAssertEqual(schemes[2].kind, .apiKey(name: "X-API-Key", location: "header"))
        XCTAssertEqual(schemes[3].kind, .openIDConnect(url: "https://auth.example.com/.well-known"))
        XCTAssertEqual(
            result.document.security,
            [SecurityRequirement(schemes: ["bearerAuth"]), SecurityRequirement(schemes: ["oauth", "key"])])
        XCTAssertEqual(try result.operation(.get, "/open").security, [], "an empty list turns security off")
        XCTAssertNil(try result.operation(.get, "/closed").security, "no list means the document's security")
    }

    func testOAuthWithoutClientCredentialsHasNoTokenURL() throws {
        let text = spec(
            """
            components:
              securitySchemes:
                code:
                  type: oauth2
                  flows:
                    authorizationCode:
                      authorizationUrl: https://a/authorize
                      tokenUrl: https://a/token
                      scopes: {}
            """)
        XCTAssertEqual(try parseSpec(text).document.securitySchemes.first?.kind, .oauth2(tokenURL: nil))
    }

    // MARK: Schemas

    func testComponentSchemasKeepDocumentOrderAndShapes() throws {
        let text = spec(
            """
            components:
              schemas:
                Zebra:
                  type: object
                  required: [id]
                  properties:
                    id: {type: string, format: uuid}
                    tags: {type: array, items: {type: string}}
                    extra: {type: object, additionalProperties: {type: integer}}
                  additionalProperties: false
                Apple:
                  enum: [1, 2, 3]
                Mango:
                  enum: [red, '2024-10-01', 8443]
            """)
        let result = try parseSpec(text)
        XCTAssertEqual(result.document.schemas.map(\.name), ["Zebra", "Apple", "Mango"])
        guard case .object(let properties, let additional) = try result.schema("Zebra").kind else {
            return XCTFail("Zebra is an object")
        }
        XCTAssertEqual(properties.map(\.name), ["id", "tags", "extra"])
        XCTAssertEqual(properties.map(\.required), [true, false, false])
        XCTAssertEqual(properties[0].schema.format, "uuid")
        if case .forbidden = additional {} else { XCTFail("additionalProperties: false is forbidden, got \(additional)") }
        if case .array(let items) = properties[1].schema.kind {
            XCTAssertTrue(isString(items.kind))
        } else {
            XCTFail("tags is an array")
        }
        if case .object(_, .schema(let values)) = properties[2].schema.kind, case .integer = values.kind {} else {
            XCTFail("extra is a map of integers, got \(properties[2].schema.kind)")
        }
        if case .integer = try result.schema("Apple").kind {} else { XCTFail("an all-integer enum is an integer") }
        let mango = try result.schema("Mango")
        XCTAssertTrue(isString(mango.kind))
        XCTAssertEqual(mango.enumValues?.map(\.text), ["red", "2024-10-01", "8443"])
    }

    func testOneOfWithDiscriminator() throws {
        let text = spec(
            """
            components:
              schemas:
                Cat: {type: object}
                Dog: {type: object}
                Pet:
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                    - $ref: '#/components/schemas/Dog'
                  discriminator:
                    propertyName: kind
                    mapping:
                      cat: '#/components/schemas/Cat'
                      dog: Dog
            """)
        let pet = try parseSpec(text).schema("Pet")
        guard case .oneOf(let members, let discriminator) = pet.kind else { return XCTFail("\(pet.kind)") }
        XCTAssertEqual(members.compactMap { referenceName($0.kind) }, ["Cat", "Dog"])
        XCTAssertEqual(discriminator, Discriminator(propertyName: "kind", mapping: ["cat": "Cat", "dog": "Dog"]))
        XCTAssertFalse(pet.nullable)
    }

    // MARK: Decoding on two threads

    /// Components and paths are decoded on two threads; the diagnostics must be those of
    /// decoding in order, where a schema behind a reference outside `components/schemas`
    /// is decoded (and warned about) once.
    func testSchemaBehindAnInnerReferenceIsWarnedAboutOnceWhateverThreadMeetsIt() throws {
        let text = spec(
            """
            paths:
              /things:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Holder/properties/inner'}
            components:
              schemas:
                Holder:
                  type: object
                  properties:
                    inner: {type: string, not: {type: integer}}
                A1: {type: object, properties: {p: {$ref: '#/components/schemas/Holder/properties/inner'}}}
                A2: {type: object}
                A3: {type: object}
                B1: {type: object, properties: {p: {$ref: '#/components/schemas/Holder/properties/inner'}}}
                B2: {type: object}
            """)
        let result = try parseSpec(text)
        // Once in Holder itself, once behind the first reference (A1); B1 and the
        // response, decoded on the other thread, reuse A1's.
        let warnings = result.warnings.filter { $0.message.contains("'not'") }
        XCTAssertEqual(warnings.count, 1, "\(result.warnings)")
        XCTAssertTrue(warnings.first?.message.hasSuffix("(and 1 more like this)") == true, "\(result.warnings)")
        XCTAssertEqual(warnings.first?.location?.line, 19, "the first is Holder's own, at its line")
        XCTAssertEqual(result.document.schemas.map(\.name), ["Holder", "A1", "A2", "A3", "B1", "B2"])
        let response = try result.operation(.get, "/things").responses.first?.content.first?.schema
        XCTAssertTrue(response.map { isString($0.kind) } == true)
    }
}

import SDKGenDiagnostics
@testable import SDKGenerator
import XCTest

/// The planner's decisions, one at a time: which Swift type each schema becomes, the names
/// it gives, how unions are shaped and how operations' signatures are laid out.
final class PlannerTests: XCTestCase {
    private func structure(_ name: String, in plan: SDKPlan) throws -> PlannedStruct {
        guard case .structure(let value) = try PlanTestSupport.model(name, in: plan) else {
            throw XCTSkip("\(name) is not a struct")
        }
        return value
    }

    private func union(_ name: String, in plan: SDKPlan) throws -> PlannedUnion {
        let declaration = try PlanTestSupport.model(name, in: plan)
        guard case .union(let value) = declaration else {
            XCTFail("\(name) is \(declaration), not a union")
            throw XCTSkip("not a union")
        }
        return value
    }

    // MARK: Type assignment

    func testTypesFollowTypeAndFormat() throws {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: """
            Formats:
              type: object
              required: [id]
              properties:
                id: {type: string, format: uuid}
                at: {type: string, format: date-time}
                link: {type: string, format: uri}
                blob: {type: string, format: byte}
                big: {type: string, format: int64}
                bigs: {type: array, items: {type: string, format: int64}}
                nested: {type: array, items: {type: array, items: {type: string, format: int64}}}
                small: {type: integer, format: int32}
                long: {type: integer, format: int64}
                count: {type: integer}
                ratio: {type: number, format: float}
                score: {type: number}
                flag: {type: boolean}
                labels: {type: object, additionalProperties: {type: string}}
                anything: {}
                free: {type: object}
            """)).plan
        let properties = Dictionary(uniqueKeysWithValues: try structure("Formats", in: plan).properties.map { ($0.jsonName, $0) })
        let expected: [String: TypeReference] = [
            "id": .builtin(.uuid), "at": .builtin(.date), "link": .builtin(.url), "blob": .builtin(.data),
            "big": .builtin(.int64), "bigs": .array(.builtin(.int64)), "nested": .array(.array(.builtin(.string))),
            "small": .builtin(.int32), "long": .builtin(.int64), "count": .builtin(.int),
            "ratio": .builtin(.float), "score": .builtin(.double), "flag": .builtin(.bool),
            "labels": .dictionary(.builtin(.string)), "anything": .builtin(.jsonValue), "free": .dictionary(.builtin(.jsonValue)),
        ]
        for (name, type) in expected {
            XCTAssertEqual(properties[name]?.type, type, name)
        }
        XCTAssertEqual(properties["big"]?.coding, .int64String, "read from and written to a JSON string")
        XCTAssertEqual(properties["bigs"]?.coding, .int64StringArray)
        XCTAssertEqual(properties["long"]?.coding, .standard, "an integer schema is a JSON number")
        XCTAssertEqual(properties["nested"]?.coding, .standard, "deeper arrays keep the strings as strings")
        XCTAssertEqual(properties["id"]?.isOptional, false)
        XCTAssertEqual(properties["at"]?.isOptional, true)
    }

    func testInlineObjectsAndEnumsNestInTheirStruct() throws {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: """
            Order:
              type: object
              properties:
                status: {type: string, enum: [open, closed]}
                items: {type: array, items: {type: object, properties: {sku: {type: string}}}}
            """)).plan
        let order = try structure("Order", in: plan)
        XCTAssertEqual(order.properties.map(\.type), [.array(.named("Order.ItemsItem")), .named("Order.Status")])
        XCTAssertEqual(order.nested.map(\.name), ["ItemsItem", "Status"])
    }

    // MARK: Naming

    func testComponentNamesTakeMoreOfTheDottedNameOnACollision() throws {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: """
            c1.api.alpha.Thing: {type: object, properties: {a: {type: string}}}
            c1.api.beta.Thing: {type: object, properties: {b: {type: string}}}
            c1.api.Renamed: {type: object, x-speakeasy-name-override: Chosen, properties: {c: {type: string}}}
            """)).plan
        XCTAssertEqual(plan.models.map(\.declaration.name), ["BetaThing", "Chosen", "Thing"])
    }

    func testConfiguredNamesWinAndReservedNamesAreAvoided() throws {
        let yaml = PlanTestSupport.document(schemas: """
            c1.api.Thing: {type: object, properties: {a: {type: string}}}
            Codable: {type: object, properties: {b: {type: string}}}
            """)
        let options = GeneratorOptions(moduleName: "Snippet", typeNames: ["c1.api.Thing": "Widget"])
        let plan = try PlanTestSupport.plan(yaml, options: options).plan
        XCTAssertEqual(Set(plan.models.map(\.declaration.name)), ["Widget", "CodableModel"])
    }

    /// A configured name is the maintainer's: used as written, not re-cased.
    func testConfiguredNamesAreUsedVerbatim() throws {
        let yaml = PlanTestSupport.document(schemas: """
            NewPet: {type: object, properties: {name: {type: string}}}
            pet_url: {type: object, properties: {href: {type: string}}}
            """)
        let options = GeneratorOptions(moduleName: "Snippet", typeNames: ["NewPet": "NewPetId", "pet_url": "PetUrl"])
        let plan = try PlanTestSupport.plan(yaml, options: options).plan
        XCTAssertEqual(Set(plan.models.map(\.declaration.name)), ["NewPetId", "PetUrl"])
    }

    /// A configured name wins over a schema that sorts earlier and would take the same
    /// name by itself; that schema gets a longer one.
    func testConfiguredNameWinsOverAnEarlierSchemaWithTheSameName() throws {
        let yaml = PlanTestSupport.document(schemas: """
            a.automations.Webhook: {type: object, properties: {a: {type: string}}}
            b.webhooks.Webhook: {type: object, properties: {b: {type: string}}}
            """)
        let options = GeneratorOptions(moduleName: "Snippet", typeNames: ["b.webhooks.Webhook": "Webhook"])
        let plan = try PlanTestSupport.plan(yaml, options: options).plan
        XCTAssertEqual(Set(plan.models.map(\.declaration.name)), ["Webhook", "AutomationsWebhook"])
    }

    func testPropertyAndCaseNamesAreSwiftNames() throws {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: """
            Names:
              type: object
              properties:
                first_name: {type: string}
                default: {type: string}
                self: {type: string}
                X-Rate-Limit: {type: integer}
            """)).plan
        let names = try structure("Names", in: plan).properties.map { ($0.jsonName, $0.swiftName) }
        XCTAssertEqual(names.map(\.1), ["xRateLimit", "default", "firstName", "selfValue"])
    }

    // MARK: Union shaping

    func testStringAlternativesMakeOneOpenEnum() throws {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: """
            Mode:
              oneOf:
                - {type: string, enum: [fast]}
                - {type: string, enum: [slow]}
            """)).plan
        guard case .enumeration(let mode) = try PlanTestSupport.model("Mode", in: plan) else {
            return XCTFail("Mode should be an enum")
        }
        XCTAssertEqual(mode.cases.map(\.rawValue), ["fast", "slow"])
    }

    func testUnionCasesAreNamedFromReferencesTitlesAndKinds() throws {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: """
            Value:
              oneOf:
                - $ref: '#/components/schemas/Pet'
                - {type: integer}
                - {type: array, items: {type: string}}
                - {title: Named thing, type: object, properties: {a: {type: string}}}
            Pet: {type: object, properties: {name: {type: string}}}
            """)).plan
        let value = try union("Value", in: plan)
        XCTAssertEqual(value.cases.map(\.name), ["pet", "integer", "array", "namedThing"])
        XCTAssertEqual(value.cases.map(\.type), [.named("Pet"), .builtin(.int), .array(.builtin(.string)), .named("Value.NamedThing")])
        XCTAssertNil(value.discriminator)
    }

    /// An untagged spec with many same-verb operations: each resource's inline bodies and
    /// responses are named for the verb and the resource, so no two want one name and no
    /// number tells them apart.
    func testTypesOfMethodsNamedByVerbAreNamedForTheirResource() throws {
        let body = "{content: {application/json: {schema: {type: object, properties: {name: {type: string}, address: {type: object, properties: {line: {type: string}}}}}}}}"
        let list = "{\"200\": {description: ok, content: {application/json: {schema: {type: object, properties: {has_more: {type: boolean}}}}}}}"
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(paths: """
            /v1/customers:
              get: {responses: \(list)}
              post: {requestBody: \(body), responses: {"204": {description: ok}}}
            /v1/customers/{customer}/sources:
              post:
                parameters: [{name: customer, in: path, required: true, schema: {type: string}}]
                requestBody: \(body)
                responses: {"204": {description: ok}}
            /v1/addresses:
              post: {requestBody: \(body), responses: {"204": {description: ok}}}
            /v1/policies:
              post: {requestBody: \(body), responses: {"204": {description: ok}}}
            """)).plan
        let names = Set(plan.models.map(\.declaration.name))
        XCTAssertEqual(
            names, ["Address", "CreateAddressRequest", "CreateCustomerRequest", "CreateCustomerSourceRequest", "CreatePolicyRequest", "ListCustomersResponse"])
        XCTAssertEqual(Naming.singular("Statuses"), "Status")
        XCTAssertEqual(Naming.singular("Boxes"), "Box")
        XCTAssertEqual(Naming.singular("News"), "New", "a plural by its ending only")
    }

    /// OpenAI's stream events and inputs: an inline object alternative is named by the
    /// one value a property can hold, else by its only required property; arrays by what
    /// they hold; a title several alternatives share names none. Never `variant3`.
    func testInlineAlternativesAreNamedForWhatTellsThemApart() throws {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: """
            Event:
              oneOf:
                - {type: object, required: [event, data], properties: {event: {type: string, enum: [thread.run.created]}, data: {type: string}}}
                - {type: object, required: [event], properties: {event: {const: thread.run.failed}, error: {type: string}}}
                - {type: object, required: [id], properties: {id: {type: string}, note: {type: string}}}
            Input:
              oneOf:
                - {type: string, title: array}
                - {type: array, title: array, items: {type: string}}
                - {type: array, title: array, items: {type: integer}}
                - {type: array, title: array, items: {type: array, items: {type: integer}}}
            """)).plan
        let event = try union("Event", in: plan)
        XCTAssertEqual(event.cases.map(\.name), ["threadRunCreated", "threadRunFailed", "id"])
        XCTAssertEqual(event.cases.map(\.type), [.named("Event.ThreadRunCreated"), .named("Event.ThreadRunFailed"), .named("Event.ID")])
        let input = try union("Input", in: plan)
        XCTAssertEqual(input.cases.map(\.name), ["string", "stringArray", "integerArray", "integerArrayArray"])
    }

    /// OpenAI's `ImageRefParam`: alternatives that only say which of the object's own
    /// properties must be present give no shape, so the object is a struct of its
    /// properties, not a union of two `JSONValue` cases.
    func testAlternativesThatOnlyRequirePropertiesLeaveAStruct() throws {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: """
            ImageRef:
              type: object
              properties:
                image_url: {type: string, format: uri}
                file_id: {type: string}
              anyOf:
                - required: [image_url]
                - required: [file_id]
            Either:
              properties:
                a: {type: string}
              oneOf:
                - {required: [a]}
                - {type: object, properties: {b: {type: integer}}}
            """)).plan
        guard case .structure(let image) = try PlanTestSupport.model("ImageRef", in: plan) else {
            return XCTFail("ImageRef is not a struct")
        }
        XCTAssertEqual(image.properties.map(\.jsonName).sorted(), ["file_id", "image_url"])
        XCTAssertEqual(image.properties.map(\.type).sorted { "\($0)" < "\($1)" }, [.builtin(.string), .builtin(.url)])
        // An alternative with a shape of its own keeps the union.
        XCTAssertEqual(try union("Either", in: plan).cases.count, 2)
    }

    func testDiscriminatorValuesComeFromTheMapping() throws {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: """
            Shape:
              oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Square'}]
              discriminator: {propertyName: kind, mapping: {round: '#/components/schemas/Circle', disc: '#/components/schemas/Circle'}}
            Circle: {type: object, properties: {kind: {type: string}}}
            Square: {type: object, properties: {kind: {type: string}}}
            """)).plan
        let shape = try union("Shape", in: plan)
        XCTAssertEqual(shape.discriminator, "kind")
        XCTAssertEqual(shape.cases.map(\.discriminatorValues), [["disc", "round"], ["Square"]])
    }

    func testUnionsInACycleAreIndirect() throws {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: """
            Expr:
              oneOf:
                - {type: integer}
                - $ref: '#/components/schemas/Sum'
            Sum: {type: object, required: [left], properties: {left: {$ref: '#/components/schemas/Expr'}}}
            """)).plan
        XCTAssertTrue(try union("Expr", in: plan).isIndirect)
    }

    func testPropertiesHoldingStructsAreStoredOutOfLine() throws {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: """
            Order:
              type: object
              required: [customer]
              properties:
                customer: {$ref: '#/components/schemas/Customer'}
                shipping: {type: object, properties: {city: {type: string}}}
                status: {type: string, enum: [open, closed]}
                customers: {type: array, items: {$ref: '#/components/schemas/Customer'}}
                contact: {oneOf: [{type: string}, {$ref: '#/components/schemas/Customer'}]}
                note: {type: string}
            Customer: {type: object, properties: {name: {type: string}}}
            """)).plan
        let order = try structure("Order", in: plan)
        let boxed = order.properties.filter(\.isIndirect)
        XCTAssertEqual(boxed.map(\.jsonName), ["customer", "shipping"])
        XCTAssertEqual(boxed.map(\.storageName), ["_customer", "_shipping"])
        let unions = order.nested.compactMap { declaration -> PlannedUnion? in
            if case .union(let union) = declaration { union } else { nil }
        }
        XCTAssertEqual(unions.map(\.isIndirect), [false])
    }

    // MARK: allOf

    func testAllOfMergesMembersFirstNameWinning() throws {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: """
            Base: {type: object, required: [id], properties: {id: {type: string}, note: {type: string}}}
            Derived:
              allOf:
                - $ref: '#/components/schemas/Base'
                - {type: object, properties: {note: {type: integer}, extra: {type: boolean}}}
            """)).plan
        let derived = try structure("Derived", in: plan)
        XCTAssertEqual(derived.properties.map(\.jsonName), ["extra", "id", "note"])
        XCTAssertEqual(derived.properties.map(\.type), [.builtin(.bool), .builtin(.string), .builtin(.string)])
    }

    // MARK: Operations

    func testSignaturesPutPathAndRequiredFirstThenTheBodyThenOptional() throws {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(paths: """
            /a/{b}:
              put:
                operationId: svc.Update
                parameters:
                  - {name: q, in: query, schema: {type: string}}
                  - {name: r, in: query, required: true, schema: {type: string}}
                  - {name: b, in: path, required: true, schema: {type: string}}
                  - {name: options, in: query, schema: {type: string}}
                requestBody: {content: {application/json: {schema: {type: object, properties: {x: {type: string}}}}}}
                responses: {'204': {description: none}}
            """)).plan
        let operation = try XCTUnwrap(plan.groups.first?.operations.first)
        XCTAssertEqual(operation.swiftName, "update")
        XCTAssertEqual(operation.method, .put)
        XCTAssertEqual(operation.arguments.map(\.label), ["b", "r", "body", "q", "options2"])
        XCTAssertEqual(operation.arguments.map(\.isOptional), [false, false, true, true, true])
        XCTAssertEqual(operation.pathSegments, [.literal("/a/"), .parameter(swiftName: "b")])
        XCTAssertEqual(operation.parameters.map(\.name), ["r", "q", "options"], "query items in signature order")
        XCTAssertEqual(operation.response, .builtin(.empty))
        XCTAssertEqual(plan.groups.map(\.typeName), ["A"], "without tags, grouped by the path's resource")
        XCTAssertEqual(plan.groups.first?.file, "Operations/A.swift")
    }

    func testUnknownOperationIsAnError() throws {
        let yaml = PlanTestSupport.document(paths: "/a:\n  get: {operationId: a, responses: {'200': {description: ok}}}")
        XCTAssertThrowsError(try PlanTestSupport.plan(yaml, options: GeneratorOptions(moduleName: "S", operations: ["nope"]))) { error in
            XCTAssertTrue("\(error)".contains("no operation has the operationId 'nope'"), "\(error)")
        }
    }
}

/// How operations are grouped and their methods named.
final class GroupingTests: XCTestCase {
    private func groups(_ paths: String, grouping: GeneratorOptions.Grouping = .automatic) throws -> [String: [String]] {
        let options = GeneratorOptions(moduleName: "Snippet", grouping: grouping)
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(paths: paths), options: options).plan
        return Dictionary(uniqueKeysWithValues: plan.groups.map { ($0.propertyName, $0.operations.map(\.swiftName)) })
    }

    private let untagged = """
        /v1/customers:
          get: {operationId: GetCustomers, responses: {'200': {description: ok}}}
          post: {operationId: PostCustomers, responses: {'200': {description: ok}}}
        /v1/customers/{customer}:
          get: {operationId: GetCustomersCustomer, parameters: [{name: customer, in: path, required: true, schema: {type: string}}], responses: {'200': {description: ok}}}
        /v1/charges/{charge}/refunds:
          get: {operationId: GetChargesChargeRefunds, parameters: [{name: charge, in: path, required: true, schema: {type: string}}], responses: {'200': {description: ok}}}
        /v1/charges/{charge}/capture:
          post: {operationId: PostChargesChargeCapture, parameters: [{name: charge, in: path, required: true, schema: {type: string}}], responses: {'200': {description: ok}}}
        """

    func testWithoutTagsOperationsAreGroupedByResource() throws {
        XCTAssertEqual(try groups(untagged), ["customers": ["list", "create", "retrieve"], "charges": ["listRefunds", "capture"]])
    }

    func testOneTagForEverythingIsNoGroup() throws {
        let paths = """
            /pets:
              get: {tags: [PetStore], operationId: listPets, responses: {'200': {description: ok}}}
            /stores/{id}:
              delete: {tags: [PetStore], operationId: removeStore, parameters: [{name: id, in: path, required: true, schema: {type: string}}], responses: {'200': {description: ok}}}
            """
        XCTAssertEqual(try groups(paths), ["pets": ["list"], "stores": ["delete"]])
        XCTAssertEqual(try groups(paths, grouping: .tags), ["petStore": ["listPets", "removeStore"]], "asked for tags, tags win")
    }

    func testTagsThatNameResourcesAreKept() throws {
        let paths = """
            /pets:
              get: {tags: [Pets], operationId: listPets, responses: {'200': {description: ok}}}
            /stores:
              get: {tags: [Stores], operationId: listStores, responses: {'200': {description: ok}}, x-speakeasy-name-override: all}
            """
        XCTAssertEqual(try groups(paths), ["pets": ["listPets"], "stores": ["all"]])
        XCTAssertEqual(try groups(paths, grouping: .paths), ["pets": ["list"], "stores": ["all"]], "the override wins")
    }

    func testSentenceOperationIdsAreNamedFromThePath() throws {
        let paths = """
            /v1/service_accounts/{id}/api_keys:
              post: {tags: [Keys], operationId: createanapikeyforaserviceaccount, parameters: [{name: id, in: path, required: true, schema: {type: string}}], responses: {'200': {description: ok}}}
            """
        XCTAssertEqual(try groups(paths), ["keys": ["createAPIKey"]])
    }
}

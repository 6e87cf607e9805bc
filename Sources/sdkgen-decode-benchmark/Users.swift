import Foundation
@_spi(Generated) import SDKRuntime

// A list of users written the way sdkgen writes models: `required` for the members a
// schema requires, `optional` for the rest. ConductorOne's own models have no required
// members, so these stand in for a spec that has them.

struct UserList: Decodable {
    var list: [User]
    var nextPageToken: String?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: JSONKey.self)
        self.list = try container.required("list")
        self.nextPageToken = try container.optional("nextPageToken")
    }
}

struct User: Decodable {
    var createdAt: Date
    var department: String?
    var displayName: String
    var email: String
    var groupIDs: [String]
    var id: String
    var managerID: String?
    var profile: Profile
    var status: Status
    var updatedAt: Date?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: JSONKey.self)
        self.createdAt = try container.required("createdAt")
        self.department = try container.optional("department")
        self.displayName = try container.required("displayName")
        self.email = try container.required("email")
        self.groupIDs = try container.required("groupIds")
        self.id = try container.required("id")
        self.managerID = try container.optional("managerId")
        self.profile = try container.required("profile")
        self.status = try container.required("status")
        self.updatedAt = try container.optional("updatedAt")
    }

    enum Status: OpenEnum {
        case enabled
        case disabled
        case deleted
        case undocumented(String)

        init(rawValue: String) {
            switch rawValue {
            case "USER_STATUS_ENABLED": self = .enabled
            case "USER_STATUS_DISABLED": self = .disabled
            case "USER_STATUS_DELETED": self = .deleted
            default: self = .undocumented(rawValue)
            }
        }

        var rawValue: String {
            switch self {
            case .enabled: "USER_STATUS_ENABLED"
            case .disabled: "USER_STATUS_DISABLED"
            case .deleted: "USER_STATUS_DELETED"
            case .undocumented(let value): value
            }
        }

        var isKnown: Bool {
            if case .undocumented = self { false } else { true }
        }
    }
}

struct Profile: Decodable {
    var employeeNumber: Int
    var location: String
    var phone: String?
    var title: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: JSONKey.self)
        self.employeeNumber = try container.required("employeeNumber")
        self.location = try container.required("location")
        self.phone = try container.optional("phone")
        self.title = try container.required("title")
    }
}

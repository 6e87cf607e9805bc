/// A chat completion stream as OpenAI's API sends it (`stream: true`), recorded for
/// decoding tests: a role-only first chunk, content chunks, a chunk with the finish
/// reason, then `data: [DONE]`.
let recordedChatCompletionStream = #"""
data: {"id":"chatcmpl-BxQ3ZkR1n8CwVZgmG7cSxT0Ll5Pp9","object":"chat.completion.chunk","created":1753290471,"model":"gpt-4o-mini-2024-07-18","service_tier":"default","system_fingerprint":"fp_34a54ae93c","choices":[{"index":0,"delta":{"role":"assistant","content":"","refusal":null},"logprobs":null,"finish_reason":null}]}

data: {"id":"chatcmpl-BxQ3ZkR1n8CwVZgmG7cSxT0Ll5Pp9","object":"chat.completion.chunk","created":1753290471,"model":"gpt-4o-mini-2024-07-18","service_tier":"default","system_fingerprint":"fp_34a54ae93c","choices":[{"index":0,"delta":{"content": "Hello"},"logprobs":null,"finish_reason":null}]}

data: {"id":"chatcmpl-BxQ3ZkR1n8CwVZgmG7cSxT0Ll5Pp9","object":"chat.completion.chunk","created":1753290471,"model":"gpt-4o-mini-2024-07-18","service_tier":"default","system_fingerprint":"fp_34a54ae93c","choices":[{"index":0,"delta":{"content": "!"},"logprobs":null,"finish_reason":null}]}

data: {"id":"chatcmpl-BxQ3ZkR1n8CwVZgmG7cSxT0Ll5Pp9","object":"chat.completion.chunk","created":1753290471,"model":"gpt-4o-mini-2024-07-18","service_tier":"default","system_fingerprint":"fp_34a54ae93c","choices":[{"index":0,"delta":{"content": " How can"},"logprobs":null,"finish_reason":null}]}

data: {"id":"chatcmpl-BxQ3ZkR1n8CwVZgmG7cSxT0Ll5Pp9","object":"chat.completion.chunk","created":1753290471,"model":"gpt-4o-mini-2024-07-18","service_tier":"default","system_fingerprint":"fp_34a54ae93c","choices":[{"index":0,"delta":{"content": " I help"},"logprobs":null,"finish_reason":null}]}

data: {"id":"chatcmpl-BxQ3ZkR1n8CwVZgmG7cSxT0Ll5Pp9","object":"chat.completion.chunk","created":1753290471,"model":"gpt-4o-mini-2024-07-18","service_tier":"default","system_fingerprint":"fp_34a54ae93c","choices":[{"index":0,"delta":{"content": " you today"},"logprobs":null,"finish_reason":null}]}

data: {"id":"chatcmpl-BxQ3ZkR1n8CwVZgmG7cSxT0Ll5Pp9","object":"chat.completion.chunk","created":1753290471,"model":"gpt-4o-mini-2024-07-18","service_tier":"default","system_fingerprint":"fp_34a54ae93c","choices":[{"index":0,"delta":{"content": "?"},"logprobs":null,"finish_reason":null}]}

data: {"id":"chatcmpl-BxQ3ZkR1n8CwVZgmG7cSxT0Ll5Pp9","object":"chat.completion.chunk","created":1753290471,"model":"gpt-4o-mini-2024-07-18","service_tier":"default","system_fingerprint":"fp_34a54ae93c","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}]}

data: [DONE]


"""#

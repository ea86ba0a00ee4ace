// Generated from docs/openapi.json by `npm run build` (scripts/generate-client.mjs). Do not edit.
export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description No API key needed. */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description No API key needed. */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `admin` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (operational metrics: route templates and counts, never an id).
         */
        get: operations["MetricsController_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `cms:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (the CMS's module catalogue).
         */
        get: operations["CmsRbacController_modules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `cms:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** lists only the app’s partners’ items (the operator's partners).
         */
        get: operations["CmsPartnersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/partners/{clientId}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `cms:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `clientId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["CmsPartnersController_balance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/partners/{clientId}/process-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `cms:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `clientId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["CmsProcessRequestsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/partners/{clientId}/process-requests/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `cms:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `clientId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["CmsProcessRequestsController_all"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/partners/{clientId}/process-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * @description **Scopes:** `cms:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `clientId` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         */
        patch: operations["CmsProcessRequestsController_review"];
        trace?: never;
    };
    "/v1/cms/partners/{partnerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `cms:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `partnerId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["CmsPartnersController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/partners/{partnerId}/cardholders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `cms:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `partnerId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["CmsCardholdersController_list"];
        put?: never;
        /**
         * @description **Scopes:** `cms:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `partnerId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["CmsCardholdersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/partners/{partnerId}/cardholders/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `cms:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `partnerId` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Migo finishes this work later: the answer is the job that follows it (`Location: /v1/jobs/{id}`).
         */
        post: operations["CmsUploadsController_uploadCardholders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/partners/{partnerId}/cardholders/{cardholderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `cms:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `partnerId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["CmsCardholdersController_detail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/partners/{partnerId}/cardholders/{cardholderId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `cms:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `partnerId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["CmsCardholdersController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/partners/{partnerId}/cards/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `cms:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `partnerId` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         *
         *     Migo finishes this work later: the answer is the job that follows it (`Location: /v1/jobs/{id}`).
         */
        post: operations["CmsUploadsController_uploadCards"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/partners/{partnerId}/conciliation-files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `cms:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `partnerId` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         *
         *     Migo finishes this work later: the answer is the job that follows it (`Location: /v1/jobs/{id}`).
         */
        post: operations["CmsConciliationFilesController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/partners/{partnerId}/process-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `cms:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `partnerId` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         */
        post: operations["CmsProcessRequestsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/partners/{partnerId}/{kind}/batch/{batchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `cms:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `partnerId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["CmsUploadsController_batch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `cms:write`, `admin` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (the CMS's permission catalogue).
         */
        post: operations["CmsRbacController_createPermissions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `cms:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (an operator's own CMS session, bound to the app that opened it).
         */
        post: operations["CmsSessionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/sessions/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `cms:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (an operator's own CMS session, bound to the app that opened it).
         */
        get: operations["CmsSessionsController_current"];
        put?: never;
        post?: never;
        /**
         * @description **Scopes:** `cms:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (an operator's own CMS session, bound to the app that opened it).
         */
        delete: operations["CmsSessionsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/users/auth/otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * @description **Scopes:** `cms:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (the OTP step-up of the BFF's CMS operator session).
         */
        put: operations["CmsSessionController_verify"];
        /**
         * @description **Scopes:** `cms:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (the OTP step-up of the BFF's CMS operator session).
         */
        post: operations["CmsSessionController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/users/{cmsUserId}/partners/{partnerId}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `cms:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `partnerId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["CmsRbacController_userPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cms/users/{cmsUserId}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `cms:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in body `permissions.*.partnerId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["CmsRbacController_grant"];
        /**
         * @description **Scopes:** `cms:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in body `permissions.*.partnerId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        delete: operations["CmsRbacController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `jobs:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the app's own jobs' events, each sent only when its job's partner is the app's.
         */
        get: operations["JobEventsController_appEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `jobs:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the app's own jobs, each shown only when its object's partner is the app's.
         */
        get: operations["JobsController_list"];
        put?: never;
        /**
         * @description **Scopes:** `jobs:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the upstream work to follow in the body must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Migo finishes this work later: the answer is the job that follows it (`Location: /v1/jobs/{id}`).
         */
        post: operations["JobsController_track"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `jobs:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the job in path `id` must be of one of the app’s partners (else 404, whether or not it exists).
         */
        get: operations["JobsController_get"];
        put?: never;
        post?: never;
        /**
         * @description **Scopes:** `jobs:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the job in path `id` must be of one of the app’s partners (else 404, whether or not it exists).
         */
        delete: operations["JobsController_cancel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `jobs:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the job in path `id` must be of one of the app’s partners (else 404, whether or not it exists).
         */
        get: operations["JobEventsController_jobEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `jobs:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the job in path `id` must be of one of the app’s partners (else 404, whether or not it exists).
         */
        get: operations["JobsController_result"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/api/v1/integrations/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in body `client` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         *
         *     Migo finishes this work later: the answer is the job that follows it (`Location: /v1/jobs/{id}`).
         */
        post: operations["MiddlewareAlternativePaymentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/api/v1/integrations/transactions/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `middleware:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the alternative payment in path `uid` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["MiddlewareAlternativePaymentsController_lookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/api/v1/integrations/transactions/{uid}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the alternative payment in path `uid` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         */
        post: operations["MiddlewareAlternativePaymentsController_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/api/v1/integrations/transactions/{uid}/payment-intents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the alternative payment in path `uid` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["MiddlewareAlternativePaymentsController_intents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/api/v1/integrations/transactions/{uid}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the alternative payment in path `uid` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         */
        post: operations["MiddlewareAlternativePaymentsController_pay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/bins/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `middleware:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (BIN ranges are issuer data, the same for every partner).
         */
        post: operations["MiddlewareBinsController_lookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/bins/lookup-batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `middleware:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (BIN ranges are issuer data, the same for every partner).
         */
        post: operations["MiddlewareBinsController_lookupBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the payment link in body `transactionUid` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         *
         *     Migo finishes this work later: the answer is the job that follows it (`Location: /v1/jobs/{id}`).
         */
        post: operations["MiddlewarePaymentLinksController_refund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the payment link in body `transactionUid` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         *
         *     Migo finishes this work later: the answer is the job that follows it (`Location: /v1/jobs/{id}`).
         */
        post: operations["MiddlewarePaymentLinksController_revert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/suspensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `middleware:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in query `client` must be of one of the app’s partners (else 403, whether or not it exists). Left out, it is the app’s partner when the app has exactly one.
         */
        get: operations["MiddlewareSuspensionsController_list"];
        put?: never;
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in body `client` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         */
        post: operations["MiddlewareSuspensionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/suspensions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in query `client` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         */
        delete: operations["MiddlewareSuspensionsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in body `client` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         *
         *     Migo finishes this work later: the answer is the job that follows it (`Location: /v1/jobs/{id}`).
         */
        post: operations["MiddlewarePaymentLinksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/transactions/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `middleware:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the payment link in path `uid` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["MiddlewarePaymentLinksController_lookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in body `client` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        put: operations["MiddlewarePlansController_update"];
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in body `client` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["MiddlewarePlansController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/v1/plans/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `middleware:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in query `client` must be of one of the app’s partners (else 403, whether or not it exists). Left out, it is the app’s partner when the app has exactly one.
         */
        get: operations["MiddlewarePlansController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/v1/plans/{planId}/client/{client}/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `middleware:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `client` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["MiddlewarePlansController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `middleware:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in query `clientId` must be of one of the app’s partners (else 403, whether or not it exists). Left out, it is the app’s partner when the app has exactly one.
         */
        get: operations["MiddlewareSubscriptionsController_list"];
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the subscription in body `subUid` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        put: operations["MiddlewareSubscriptionsController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/v1/subscriptions/charges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in body `client` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         *
         *     Migo finishes this work later: the answer is the job that follows it (`Location: /v1/jobs/{id}`).
         */
        post: operations["MiddlewareChargesController_charge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/v1/subscriptions/charges/upload-csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in form field (or query) `clientId` must be of one of the app’s partners (else 403, whether or not it exists). Left out, it is the app’s partner when the app has exactly one.
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         *
         *     Migo finishes this work later: the answer is the job that follows it (`Location: /v1/jobs/{id}`).
         */
        post: operations["MiddlewareChargesController_uploadCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/v1/subscriptions/detail/{subUid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `middleware:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the subscription in path `subUid` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["MiddlewareSubscriptionsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/v1/subscriptions/payment-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `middleware:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the subscription in query `subscriptionId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["MiddlewareChargesController_paymentHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/v1/subscriptions/payment-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in body `tokenizeData.clientId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["MiddlewarePaymentMethodsController_add"];
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in body `clientId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        delete: operations["MiddlewarePaymentMethodsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/v1/subscriptions/payment-methods/set-default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the subscription in body `subUid` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        put: operations["MiddlewarePaymentMethodsController_setDefault"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/v1/subscriptions/verify-card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the transaction in body `uid` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["MiddlewareSubscriptionsController_verifyCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/middleware/v1/subscriptions/{subUid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the subscription in path `subUid` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        delete: operations["MiddlewareSubscriptionsController_cancel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/migration/transactions/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `migration:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in query `client` must be of one of the app’s partners (else 403, whether or not it exists). Left out, it is the app’s partner when the app has exactly one.
         */
        get: operations["MigrationTransactionsController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** none (any app with a valid API key).
         *
         *     **Partners:** the app's own requests (another app's are not found); the BFF's own lookups only for admins.
         */
        get: operations["SupportController_exchanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/views/cards/{cardId}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet card in path `cardId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["ViewsController_cardActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/views/partners/{partnerId}/cardholders/{cardholderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `cms:read`, `wallet:read`, `middleware:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `partnerId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["ViewsController_cardholderView"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/views/partners/{partnerId}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `cms:read`, `jobs:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `partnerId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["ViewsController_partnerOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/views/partners/{partnerId}/settlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read`, `middleware:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `partnerId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["ViewsController_partnerSettlements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/businesses/terminals/{deviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** only apps open to every partner (Migo does not say which partner a terminal belongs to).
         */
        delete: operations["WalletTerminalsController_remove"];
        options?: never;
        head?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** only apps open to every partner (Migo does not say which partner a terminal belongs to).
         */
        patch: operations["WalletTerminalsController_update"];
        trace?: never;
    };
    "/v1/wallet/businesses/users/{authUserId}/terminals/{deviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet user in path `authUserId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["WalletTerminalsController_userTerminalLegacy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/businesses/{commerceId}/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** only apps open to every partner (Migo does not say which partner a business belongs to).
         */
        get: operations["WalletBusinessesController_docs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/businesses/{commerceId}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** only apps open to every partner (Migo does not say which partner a business belongs to).
         */
        post: operations["WalletBusinessesController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/card-transfers/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (transfer types belong to the BFF's Wallet application).
         */
        post: operations["WalletTransfersController_defineTypes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/card-transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the transfer (either of its cards) in path `id` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["WalletTransfersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/cards/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `wallet:money` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet card in body `fromCardId` and the Wallet card in body `toCardId` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         */
        post: operations["WalletTransfersController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/cards/{cardId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet card in path `cardId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["WalletCardsController_card"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/cards/{cardId}/alias": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet card in path `cardId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        patch: operations["WalletCardsController_setAlias"];
        trace?: never;
    };
    "/v1/wallet/cards/{cardId}/funds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * @description **Scopes:** `wallet:money` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet card in path `cardId` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         */
        put: operations["WalletFundsController_adjust"];
        /**
         * @description **Scopes:** `wallet:money` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet card in path `cardId` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         */
        post: operations["WalletFundsController_operate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/cards/{cardId}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet card in path `cardId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["WalletCardsController_setPin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/cards/{cardId}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet card in path `cardId` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Migo finishes this work later: the answer is the job that follows it (`Location: /v1/jobs/{id}`).
         */
        post: operations["WalletStatementsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/cards/{cardId}/statements/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet card in path `cardId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["WalletStatementsController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/cards/{cardId}/statements/{reference}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet card in path `cardId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["WalletStatementsController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/cards/{cardId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet card in path `cardId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        patch: operations["WalletCardsController_setStatus"];
        trace?: never;
    };
    "/v1/wallet/cards/{cardId}/transfers/{month}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet card in path `cardId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["WalletTransfersController_monthly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/cards/{cardId}/users/{authUserId}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet card in path `cardId` and the Wallet user in path `authUserId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["WalletCardsController_setUserPin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/configs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (the BFF's own Wallet application, not a partner's).
         */
        get: operations["WalletConfigsController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * @description **Scopes:** `wallet:write`, `admin` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (the BFF's own Wallet application, not a partner's).
         */
        patch: operations["WalletConfigsController_update"];
        trace?: never;
    };
    "/v1/wallet/devices/users/{authUserId}/terminals/{deviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet user in path `authUserId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["WalletTerminalsController_userTerminal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/devices/{deviceId}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** only apps open to every partner (Migo does not say which partner a device belongs to).
         */
        get: operations["WalletTerminalsController_transactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/devices/{deviceId}/transactions/{transactionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** only apps open to every partner (Migo does not say which partner a device belongs to).
         */
        get: operations["WalletTerminalsController_transaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in body `partner` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["WalletLeadsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/leads/files/upload/{fileName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** only apps open to every partner (a stored lead file: Migo does not say whose).
         */
        post: operations["WalletLeadsController_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/settlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in query `partnerId` must be of one of the app’s partners (else 403, whether or not it exists). Left out, it is the app’s partner when the app has exactly one.
         */
        get: operations["WalletSettlementsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/settlements/{settlementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet settlement in path `settlementId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["WalletSettlementsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/terminal-payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `wallet:money` (or `*` / `<surface>:*`).
         *
         *     **Partners:** only apps open to every partner (Migo does not say which partner a terminal payment belongs to).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         *
         *     Migo finishes this work later: the answer is the job that follows it (`Location: /v1/jobs/{id}`).
         */
        post: operations["WalletTerminalPaymentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/terminal-payment/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** only apps open to every partner (Migo does not say which partner a terminal payment belongs to).
         */
        get: operations["WalletTerminalPaymentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * @description **Scopes:** `wallet:money` (or `*` / `<surface>:*`).
         *
         *     **Partners:** only apps open to every partner (Migo does not say which partner a terminal payment belongs to).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         */
        patch: operations["WalletTerminalPaymentsController_update"];
        trace?: never;
    };
    "/v1/wallet/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (creates a user: no partner data exists yet).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         */
        post: operations["WalletUsersController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/users/auth/otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (end-user self-service: the user proves who they are with the code Migo sends them).
         */
        put: operations["WalletUserAuthController_verifyOtp"];
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (end-user self-service: the user proves who they are with the code Migo sends them).
         */
        post: operations["WalletUserAuthController_requestOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/users/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (end-user self-service: the user proves who they are with the code Migo sends them).
         */
        post: operations["WalletUserAuthController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/users/invitation-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** only apps open to every partner (an invitation code is not attributed to a partner by Migo).
         */
        post: operations["WalletUsersController_invitationCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/users/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (the permission catalogue of the BFF's Wallet application).
         */
        get: operations["WalletPermissionsController_list"];
        put?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (the permission catalogue of the BFF's Wallet application).
         */
        post: operations["WalletPermissionsController_define"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet user in path `userId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["WalletUsersController_user"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/users/{userId}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet user in path `userId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["WalletUserCardsController_list"];
        put?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet user in path `userId` and the partner in query `clientId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["WalletUserCardsController_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/users/{userId}/cards/virtuals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet user in path `userId` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         */
        post: operations["WalletUserCardsController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/users/{userId}/linked-cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `wallet:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet user in path `userId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        get: operations["WalletLinkedCardsController_list"];
        put?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet user in path `userId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["WalletLinkedCardsController_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/users/{userId}/linked-cards/{associationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet user in path `userId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        delete: operations["WalletLinkedCardsController_remove"];
        options?: never;
        head?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet user in path `userId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        patch: operations["WalletLinkedCardsController_rename"];
        trace?: never;
    };
    "/v1/wallet/users/{userId}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet user in path `userId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["WalletPermissionsController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet user in path `userId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        patch: operations["WalletPermissionsController_update"];
        trace?: never;
    };
    "/v1/watches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `jobs:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the app's own watches, each shown only when its object's partner is the app's.
         */
        get: operations["WatchesController_list"];
        put?: never;
        /**
         * @description **Scopes:** `jobs:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the object to watch in the body must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["WatchesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/watches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `jobs:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the watch in path `id` must be of one of the app’s partners (else 404, whether or not it exists).
         */
        get: operations["WatchesController_get"];
        put?: never;
        post?: never;
        /**
         * @description **Scopes:** `jobs:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the watch in path `id` must be of one of the app’s partners (else 404, whether or not it exists).
         */
        delete: operations["WatchesController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/watches/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description **Scopes:** `jobs:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the watch in path `id` must be of one of the app’s partners (else 404, whether or not it exists).
         */
        get: operations["WatchesController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddPaymentMethodBody: {
            tokenizeData: components["schemas"]["TokenizeDataBody"];
        };
        AlternativePaymentBody: {
            amount: number;
            channel: string;
            client: string;
            /** @description Free-form: at most 4 levels, 50 keys and 4096 bytes as JSON. */
            customKeys?: Record<string, never>;
            userId: string;
        };
        AppConfigPatchBody: {
            limits?: components["schemas"]["AppLimitsPatch"];
            name?: string;
            /** Format: url */
            webhookUrl?: string;
        };
        AppLimitsPatch: {
            dailyTransactionAmount?: number;
            maxTransactionAmount?: number;
            monthlyTransactionAmount?: number;
        };
        BinBatchBody: {
            bins: string[];
        };
        BinLookupBody: {
            bin?: string;
            cardNumber?: string;
        };
        CardAliasBody: {
            alias: string;
        };
        CardInfoBody: {
            brand?: string;
            cardNumber?: string;
            cvv?: string;
            expirationMonth?: number;
            expirationYear?: number;
            holderName?: string;
            last4?: string;
            token?: string;
        };
        CardPinBody: {
            pin: string;
        };
        CardRowBody: {
            alias: string;
            currency: string;
        };
        CardStatusBody: {
            /** @enum {string} */
            status: "active" | "blocked";
        };
        CardTransferBody: {
            amount: number;
            fromCardId: number;
            observations?: string;
            toCardId: number;
        };
        CardholderBody: {
            address: string;
            cardId: number;
            countryOfBirth: string;
            dateOfBirth: string;
            documentNumber: string;
            /** @enum {string} */
            documentType: "DPI" | "NIT" | "PASSPORT" | "LEGAL_ID" | "PERSONAL_ID" | "RESIDENCE_ID";
            /** Format: email */
            email: string;
            /** @enum {string} */
            gender: "F" | "M" | "OTHER";
            lastName: string;
            /** @enum {string} */
            maritalStatus: "soltero" | "casado" | "viudo" | "divorciado" | "separado";
            name: string;
            phoneNumber: string;
        };
        ChargeBatchBody: {
            client: string;
            data: components["schemas"]["ChargeRowBody"][];
        };
        ChargeRowBody: {
            amount: number;
            /** @description Free-form JSON: at most 4 levels, 50 keys and 4096 bytes as JSON. */
            metadata?: unknown;
            subscriptionId: string;
        };
        CmsLoginBody: {
            /** Format: email */
            email: string;
            password: string;
        };
        CreatePermissionsBody: {
            permissions: components["schemas"]["NewPermission"][];
        };
        CreatePlanBody: {
            client: string;
            plan: components["schemas"]["PlanFieldsBody"];
        };
        CreateSuspensionBody: {
            client: string;
            /** @enum {string} */
            list: "block" | "allow";
            reason: string;
            /** @enum {string} */
            type: "card-fingerprint" | "bin" | "email" | "phone" | "document";
            value: string;
        };
        CreateWatchBody: {
            partnerId?: string;
            /** @enum {string} */
            type: "middleware.subscription" | "wallet.card";
            upstreamId: string;
        };
        DefinePermissionsBody: {
            permissions: components["schemas"]["PermissionDefinition"][];
        };
        DirectRegistrationBody: {
            address: string;
            countryOfBirth: string;
            dateOfBirth?: string;
            /** Format: email */
            email?: string;
            firstName: string;
            /** @enum {string} */
            gender: "F" | "M" | "OTHER";
            lastName: string;
            /** @enum {string} */
            maritalStatus: "soltero" | "casado" | "viudo" | "divorciado" | "separado";
            password: string;
            phoneNumber: string;
            placeOfBirth: string;
            /** Format: email */
            username: string;
        };
        DismissBody: {
            reason?: string;
        };
        FundsAdjustmentBody: {
            amount: number;
            currency?: string;
            observations?: string;
            /** @enum {string} */
            operation: "ADD_FUNDS" | "WITHDRAW_FUNDS";
            reference: string;
        };
        FundsOperationBody: {
            amount: number;
            channel: string;
            currency?: string;
            /** @description Free-form: at most 4 levels, 50 keys and 4096 bytes as JSON. */
            customKeys?: Record<string, never>;
            description?: string;
            /** @enum {string} */
            operation: "ADD_FUNDS" | "WITHDRAW_FUNDS";
            reference: string;
        };
        Grant: {
            partnerId: string;
            permissionId: number;
        };
        GrantsBody: {
            otp?: string;
            permissions: components["schemas"]["Grant"][];
        };
        InvitationCodeBody: {
            branchCode?: string;
            /** @enum {string} */
            role: "admin" | "cashier" | "cardholder";
        };
        InvitationRegistrationBody: {
            confirmPassword: string;
            deviceId: string;
            invitationCode: string;
            nit?: string;
            password: string;
            termsAndConditionsAccepted?: boolean;
            /** Format: email */
            username: string;
        };
        Job: {
            /** Format: date-time */
            createdAt: string;
            error: null | {
                code: string;
                message: string;
            };
            finishedAt: null | string;
            id: string;
            links: {
                events: string;
                /** @description Only for jobs that produce a file */
                result?: string;
                self: string;
            };
            /** @description How the work ended, set when the job succeeded (null before, when it failed, and for kinds without one). A succeeded job can still be a "no": read it, not only `state`. Per kind: middleware.charge-batch: all-approved, partially-declined, all-declined; middleware.csv-charges: all-approved, partially-declined, all-declined; middleware.payment-link: approved, denied, expired, cancelled; middleware.payment-link-reversal: refunded, reverted, refused; middleware.alternative-payment: approved, denied, expired, cancelled; cms.conciliation: all-matched, discrepancies; wallet.terminal-payment: approved, denied, expired, cancelled; cms.process-request: approved, rejected; wallet.lead: approved, rejected; the other kinds have none. */
            outcome: null | ("all-approved" | "partially-declined" | "all-declined" | "approved" | "denied" | "expired" | "cancelled" | "refunded" | "reverted" | "refused" | "all-matched" | "discrepancies" | "rejected");
            partnerId?: string;
            progress: {
                approved?: number;
                declined?: number;
                failed?: number;
                percent: number;
                processed?: number;
                /** @description Migo’s own status word */
                status?: string;
                succeeded?: number;
                total?: number;
            };
            /** @description What the work produced (per-row outcomes, the payment, …); null until then */
            result: unknown;
            /** @enum {string} */
            state: "queued" | "running" | "succeeded" | "failed" | "cancelled";
            /** @enum {string} */
            type: "cms.cardholder-upload" | "cms.card-upload" | "wallet.statement" | "middleware.charge-batch" | "middleware.csv-charges" | "middleware.payment-link" | "middleware.payment-link-reversal" | "middleware.alternative-payment" | "cms.conciliation" | "wallet.terminal-payment" | "cms.process-request" | "wallet.lead";
            /** Format: date-time */
            updatedAt: string;
            upstream: {
                id: string;
                service: string;
            };
        };
        JobAccepted: {
            job: components["schemas"]["Job"];
            /** @description What Migo answered when it accepted the work (a batch id, a payment link, …) */
            upstream: unknown;
        };
        JobList: {
            items: components["schemas"]["Job"][];
            nextCursor: string | null;
        };
        LeadBody: {
            address?: string;
            businessName?: string;
            canInvoice?: boolean;
            commercialName: string;
            country?: string;
            countryOfBirth?: string;
            cui: string;
            dateOfBirth?: string;
            economicActivity?: string;
            /** Format: email */
            email?: string;
            expirationDate: string;
            firstName: string;
            /** @enum {string} */
            gender: "F" | "M" | "OTHER";
            lastName: string;
            /** @enum {string} */
            maritalStatus?: "soltero" | "casado" | "viudo" | "divorciado" | "separado";
            nationality?: string;
            neighborhood?: string;
            nit?: string;
            partner: string;
            paymentMethods?: components["schemas"]["LeadPaymentMethod"][];
            phone?: string;
            placeOfBirth?: string;
            rtuType?: string;
            sdk?: string;
            taxRegime?: string;
        };
        LeadPaymentMethod: {
            acquirerSlug: string;
            slug: string;
        };
        LinkCardBody: {
            alias?: string;
            card: string;
        };
        LinkThirdPartyCardBody: {
            alias: string;
            /** Format: email */
            email: string;
            suffix: string;
        };
        Liveness: {
            /** @enum {string} */
            status: "ok";
        };
        NewPermission: {
            action: string;
            description?: string;
            resource: string;
        };
        OtpBody: {
            otp?: string;
        };
        OtpRequestBody: {
            /** Format: email */
            email: string;
            purpose: string;
        };
        OtpRequestBody2: {
            /** Format: email */
            email: string;
            purpose: string;
        };
        OtpVerifyBody: {
            /** Format: email */
            email: string;
            otp: string;
            purpose: string;
        };
        OtpVerifyBody2: {
            /** Format: email */
            email: string;
            otp: string;
            purpose: string;
        };
        PasswordResetBody: {
            confirmPassword: string;
            /** Format: email */
            email: string;
            otp: string;
            password: string;
        };
        PaymentIntentsBody: {
            processor: string;
        };
        PaymentLinkBody: {
            ads?: unknown[];
            amount: number;
            channel: string;
            client: string;
            createdBy?: string;
            currency?: string;
            externalId?: string;
            userId: string;
        };
        PermissionDefinition: {
            action: string;
            description?: string;
            resource: string;
        };
        PermissionGrantItem: {
            granted: boolean;
            permissionId: number;
            roleId: number;
        };
        PermissionGrantsBody: {
            permissions: components["schemas"]["PermissionGrantItem"][];
        };
        PlanFieldsBody: {
            amount: number;
            autoRenewal?: boolean;
            currency: string;
            dailyAttempts?: number;
            daysNotifyExpiringCard?: number;
            frequency: components["schemas"]["PlanFrequencyBody"];
            installments?: number[];
            methods?: string[];
            name: string;
            /** @enum {string} */
            type?: "interval" | "fixedDay" | "anniversary" | "automatic";
        };
        PlanFrequencyBody: {
            day?: number;
            frequency: number;
            longDescription?: string;
            shortDescription?: string;
        };
        PlanPatchBody: {
            amount?: number;
            autoRenewal?: boolean;
            currency?: string;
            dailyAttempts?: number;
            daysNotifyExpiringCard?: number;
            frequency?: components["schemas"]["PlanFrequencyBody"];
            installments?: number[];
            methods?: string[];
            name?: string;
            /** @enum {string} */
            type?: "interval" | "fixedDay" | "anniversary" | "automatic";
        };
        Problem: {
            detail: string;
            errors?: {
                code?: string;
                field?: string;
                index?: number;
                message: string;
            }[];
            /** @description The request path */
            instance?: string;
            /** @description Also in the `x-request-id` response header and on every log line of the request */
            requestId?: string;
            /** @description Views: what each source did */
            sources?: {
                [key: string]: {
                    error?: string;
                    ms: number;
                    status: string;
                };
            };
            status: number;
            title: string;
            /**
             * Format: uri
             * @description - `https://migo-bff.internal/problems/validation`: The request is invalid; `errors[]` lists every field and what is wrong with it
             *     - `https://migo-bff.internal/problems/unauthenticated`: No API key, or an unknown one
             *     - `https://migo-bff.internal/problems/forbidden`: The API key lacks a scope the route needs, or may not act for that partner
             *     - `https://migo-bff.internal/problems/not-found`: No such route or resource (another app’s job is not found either)
             *     - `https://migo-bff.internal/problems/conflict`: The resource is not in a state that allows this
             *     - `https://migo-bff.internal/problems/payload-too-large`: The body or upload is larger than the BFF accepts
             *     - `https://migo-bff.internal/problems/unsupported-media-type`: The content type or the uploaded file’s type is not accepted
             *     - `https://migo-bff.internal/problems/idempotency-key-in-use`: A request with this Idempotency-Key is still running; retry after `Retry-After`
             *     - `https://migo-bff.internal/problems/idempotency-key-reused`: This Idempotency-Key was used for a different request
             *     - `https://migo-bff.internal/problems/upstream-outcome-unknown`: The first request with this Idempotency-Key may have reached Migo and its outcome is not known (503 to that request, 409 to retries): the key is never run again; retry it after `Retry-After` until it replays what Migo did, or runs anew once Migo provably never acted
             *     - `https://migo-bff.internal/problems/otp-required`: Migo wants a one-time password for this operation
             *     - `https://migo-bff.internal/problems/otp-invalid`: The one-time password is wrong or expired
             *     - `https://migo-bff.internal/problems/upstream-rejected`: Migo refused the request; `upstream` carries its status, code and message
             *     - `https://migo-bff.internal/problems/upstream-unavailable`: Migo failed, throttled the BFF, or its circuit breaker is open (503 with `Retry-After`)
             *     - `https://migo-bff.internal/problems/upstream-timeout`: Migo did not answer in time
             *     - `https://migo-bff.internal/problems/upstream-auth-failed`: Migo refused the BFF’s own credentials (an operator problem, not the caller’s)
             *     - `https://migo-bff.internal/problems/rate-limited`: Too many requests
             *     - `https://migo-bff.internal/problems/service-unavailable`: The BFF cannot serve right now (e.g. Redis is unreachable); retry later
             *     - `https://migo-bff.internal/problems/internal`: An unexpected error; quote the requestId to support
             * @enum {string}
             */
            type: "https://migo-bff.internal/problems/validation" | "https://migo-bff.internal/problems/unauthenticated" | "https://migo-bff.internal/problems/forbidden" | "https://migo-bff.internal/problems/not-found" | "https://migo-bff.internal/problems/conflict" | "https://migo-bff.internal/problems/payload-too-large" | "https://migo-bff.internal/problems/unsupported-media-type" | "https://migo-bff.internal/problems/idempotency-key-in-use" | "https://migo-bff.internal/problems/idempotency-key-reused" | "https://migo-bff.internal/problems/upstream-outcome-unknown" | "https://migo-bff.internal/problems/otp-required" | "https://migo-bff.internal/problems/otp-invalid" | "https://migo-bff.internal/problems/upstream-rejected" | "https://migo-bff.internal/problems/upstream-unavailable" | "https://migo-bff.internal/problems/upstream-timeout" | "https://migo-bff.internal/problems/upstream-auth-failed" | "https://migo-bff.internal/problems/rate-limited" | "https://migo-bff.internal/problems/service-unavailable" | "https://migo-bff.internal/problems/internal";
            /** @description Which Migo service refused what */
            upstream?: {
                code: string | null;
                message: string;
                /** @enum {string} */
                service: "wallet" | "cms" | "middleware" | "migration";
                status: number | null;
            };
        };
        RailDataBody: {
            installments?: number;
            phoneNumber?: string;
            user?: string;
        };
        RailPaymentBody: {
            data: components["schemas"]["RailDataBody"];
            processor: string;
        };
        RefundBody: {
            amount?: number;
            processor: string;
            transactionUid: string;
        };
        RemovePaymentMethodBody: {
            clientId: string;
            paymentMethodId: string;
            userId: string;
        };
        RenameLinkedCardBody: {
            alias: string;
        };
        RevertBody: {
            processor: string;
            transactionUid: string;
        };
        ReviewProcessRequestBody: {
            reason?: string;
            /** @enum {string} */
            status: "approved" | "rejected";
        };
        SetDefaultPaymentMethodBody: {
            paymentMethodId: string;
            subUid: string;
        };
        StatementRequestBody: {
            month: number;
            year: number;
        };
        TerminalPaymentBody: {
            /** @description Free-form: at most 4 levels, 50 keys and 4096 bytes as JSON. */
            additionalData?: Record<string, never>;
            deviceId?: string;
            externalTerminalId?: string;
            operationId?: string;
            subtotal: number;
            terminalId?: number;
        };
        TerminalPaymentUpdateBody: {
            /** @description Free-form: at most 4 levels, 50 keys and 4096 bytes as JSON. */
            additionalData?: Record<string, never>;
            externalId?: string;
            /** @enum {string} */
            status?: "created" | "approved" | "processed" | "denied" | "reversed" | "refunded" | "cancelled" | "in_progress" | "liquidated";
            totalAmount?: number;
        };
        TokenizeDataBody: {
            alias?: string;
            cardId: string;
            clientId: string;
            processorId: string;
            userId: string;
        };
        TrackJobBody: {
            partnerId?: string;
            /** @enum {string} */
            type: "cms.cardholder-upload" | "cms.card-upload" | "wallet.statement" | "middleware.payment-link" | "middleware.alternative-payment" | "cms.conciliation" | "wallet.terminal-payment" | "cms.process-request" | "wallet.lead";
            upstreamId: string;
        };
        TransferTypeItem: {
            /** @enum {string} */
            channel: "financialNetwork" | "webService";
            /** @enum {string} */
            model: "settlement" | "reversed";
            /** @enum {string} */
            movementType: "debit" | "credit";
            name?: string;
            type: string;
        };
        TransferTypesBody: {
            types: components["schemas"]["TransferTypeItem"][];
        };
        UpdatePlanBody: {
            client: string;
            plan: components["schemas"]["PlanPatchBody"];
            planUid: string;
        };
        UpdateSubscriptionBody: {
            /** Format: email */
            notificationEmail: string;
            subUid: string;
        };
        UpdateTerminalBody: {
            externalTerminalId?: string;
            isActive: boolean;
            newDeviceId?: string;
            /** @enum {string} */
            terminalType?: "tapToPhone" | "pos" | "mpos";
        };
        VerifyCardBody: {
            cardInfo: components["schemas"]["CardInfoBody"];
            /** Format: email */
            notificationEmail?: string;
            planUid?: string;
            processor: string;
            shouldCreateSubscription: boolean;
            uid: string;
        };
        View: {
            /** @description true when a source failed or ran out of time; its part of the view is null */
            partial: boolean;
            /** @description What each source (cms, wallet, middleware, jobs…) did: ok, error or timeout, and how long it took */
            sources: {
                [key: string]: {
                    error?: string;
                    ms: number;
                    status: string;
                };
            };
        } & {
            [key: string]: unknown;
        };
        Watch: {
            /** Format: date-time */
            createdAt: string;
            endReason: string | null;
            endedAt: null | string;
            /** @description Events emitted so far */
            events: number;
            id: string;
            links: {
                events: string;
                self: string;
            };
            /** @description The watched object’s partner */
            partnerId: string | null;
            /**
             * @description ended: the object ended (a subscription inactive, a card cancelled); deleted: by the app
             * @enum {string}
             */
            state: "active" | "ended" | "deleted";
            /** @enum {string} */
            type: "middleware.subscription" | "wallet.card";
            /** @description The subscription uid or the card id watched */
            upstreamId: string;
        };
        /** @description The data of a `watch` event on /v1/events (its SSE id is a stream id, resumable with Last-Event-ID like job events) */
        WatchEvent: {
            /** Format: date-time */
            at: string;
            /** @description renewal-charged / renewal-declined / charge-approved / charge-declined (with the payment-history `entry`), status-changed (`from`, `to`), gone (the object no longer exists) */
            change: {
                entry?: Record<string, never>;
                from?: string;
                kind: string;
                to?: string;
            };
            partnerId?: string;
            /** @enum {string} */
            type: "middleware.subscription" | "wallet.card";
            upstreamId: string;
            watchId: string;
        };
        WatchEventList: {
            items: ({
                id: string;
            } & components["schemas"]["WatchEvent"])[];
        };
        WatchList: {
            items: components["schemas"]["Watch"][];
            nextCursor: string | null;
        };
    };
    responses: {
        /** @description Migo failed or refused the BFF’s credentials */
        BadGateway: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Invalid input, or Migo refused the request */
        BadRequest: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A request with this Idempotency-Key is running or its first attempt has an unknown outcome, or Migo reports a conflict */
        Conflict: {
            headers: {
                /** @description Seconds to wait before retrying */
                "retry-after"?: number;
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Missing scope or partner */
        Forbidden: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Migo did not answer in time */
        GatewayTimeout: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unexpected error */
        InternalError: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource */
        NotFound: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Body or upload too large */
        PayloadTooLarge: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Migo throttled or is unavailable (breaker open), Redis is unreachable, or a keyed write’s outcome at Migo is unknown */
        ServiceUnavailable: {
            headers: {
                /** @description Seconds to wait before retrying */
                "retry-after"?: number;
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Missing or unknown API key */
        Unauthenticated: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Idempotency-Key reused with another request, or a Migo business rule refused it */
        UnprocessableContent: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Content type or file type not accepted */
        UnsupportedMediaType: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The request id (yours from `x-request-id`, or generated); also on every log line */
        RequestId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Liveness */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "message": "Could not connect",
                         *         "responseTime": 3005,
                         *         "status": "down"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "message": "Could not connect",
                         *         "responseTime": 3005,
                         *         "status": "down"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                    };
                };
            };
        };
    };
    MetricsController_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CmsRbacController_modules: {
        parameters: {
            query?: never;
            header?: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsPartnersController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsPartnersController_balance: {
        parameters: {
            query?: never;
            header?: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsProcessRequestsController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsProcessRequestsController_all: {
        parameters: {
            query?: never;
            header?: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsProcessRequestsController_review: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path: {
                clientId: string;
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewProcessRequestBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsPartnersController_detail: {
        parameters: {
            query?: never;
            header?: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsCardholdersController_list: {
        parameters: {
            query?: {
                searchText?: string;
                sortBy?: "createdAt" | "name" | "lastName" | "email";
                sortOrder?: "asc" | "desc";
                page?: number;
                limit?: number;
            };
            header?: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsCardholdersController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardholderBody"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsUploadsController_uploadCardholders: {
        parameters: {
            query?: never;
            header?: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardholderBody"][] | {
                    otp?: string;
                    rows: components["schemas"]["CardholderBody"][];
                };
                "multipart/form-data": {
                    otp?: string;
                    /** Format: binary */
                    users: string;
                };
            };
        };
        responses: {
            /** @description Accepted: the job that follows the work, and what Migo answered */
            202: {
                headers: {
                    /** @description The job: /v1/jobs/{id} */
                    location?: string;
                    /** @description Seconds before polling again */
                    "retry-after"?: number;
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsCardholdersController_detail: {
        parameters: {
            query?: never;
            header?: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path: {
                partnerId: string;
                cardholderId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OtpBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsCardholdersController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path: {
                partnerId: string;
                cardholderId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OtpBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsUploadsController_uploadCards: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardRowBody"][] | {
                    otp?: string;
                    rows: components["schemas"]["CardRowBody"][];
                };
                "multipart/form-data": {
                    /** Format: binary */
                    cards: string;
                    otp?: string;
                };
            };
        };
        responses: {
            /** @description Accepted: the job that follows the work, and what Migo answered */
            202: {
                headers: {
                    /** @description The job: /v1/jobs/{id} */
                    location?: string;
                    /** @description Seconds before polling again */
                    "retry-after"?: number;
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsConciliationFilesController_upload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Accepted: the job that follows the work, and what Migo answered */
            202: {
                headers: {
                    /** @description The job: /v1/jobs/{id} */
                    location?: string;
                    /** @description Seconds before polling again */
                    "retry-after"?: number;
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsProcessRequestsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    observations?: string;
                    otp?: string;
                    requestedAmount?: number;
                } & {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsUploadsController_batch: {
        parameters: {
            query?: never;
            header?: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path: {
                partnerId: string;
                kind: "cardholders" | "cards";
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsRbacController_createPermissions: {
        parameters: {
            query?: never;
            header?: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePermissionsBody"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsSessionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CmsLoginBody"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsSessionsController_current: {
        parameters: {
            query?: never;
            header: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsSessionsController_revoke: {
        parameters: {
            query?: never;
            header: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsSessionController_verify: {
        parameters: {
            query?: never;
            header?: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OtpVerifyBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsSessionController_request: {
        parameters: {
            query?: never;
            header?: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OtpRequestBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsRbacController_userPermissions: {
        parameters: {
            query?: never;
            header?: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path: {
                cmsUserId: number;
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsRbacController_grant: {
        parameters: {
            query?: never;
            header?: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path: {
                cmsUserId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantsBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    CmsRbacController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401 */
                "X-Cms-Session"?: string;
            };
            path: {
                cmsUserId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantsBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    JobEventsController_appEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-Sent Events: a `snapshot` first (or, with `Last-Event-ID`, exactly the events missed), then a `job` event per change, each with an `id:`. Every event has an id of its own and ids only increase (`<ms>-<seq>` for a `job` event, `<ms>-<seq>.<n>` for the BFF’s own `snapshot`, `resync` and `end`). When the events missed are no longer kept, a `resync` event and a complete `snapshot` come instead. A single job’s stream ends with an `end` event once the job has finished. The app’s stream (`/v1/events`) also carries a `watch` event (schema `WatchEvent`, same ids) per change a watch saw. On shutdown the stream ends with a `retry:` hint; reconnect with `Last-Event-ID`. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    JobsController_list: {
        parameters: {
            query?: {
                state?: "queued" | "running" | "succeeded" | "failed" | "cancelled";
                type?: "cms.cardholder-upload" | "cms.card-upload" | "wallet.statement" | "middleware.charge-batch" | "middleware.csv-charges" | "middleware.payment-link" | "middleware.payment-link-reversal" | "middleware.alternative-payment" | "cms.conciliation" | "wallet.terminal-payment" | "cms.process-request" | "wallet.lead";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JobList */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    JobsController_track: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrackJobBody"];
            };
        };
        responses: {
            /** @description Accepted: the job that follows the work, and what Migo answered */
            202: {
                headers: {
                    /** @description The job: /v1/jobs/{id} */
                    location?: string;
                    /** @description Seconds before polling again */
                    "retry-after"?: number;
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    JobsController_get: {
        parameters: {
            query?: {
                wait?: number;
                since?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Job */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    JobsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Job */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    JobEventsController_jobEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-Sent Events: a `snapshot` first (or, with `Last-Event-ID`, exactly the events missed), then a `job` event per change, each with an `id:`. Every event has an id of its own and ids only increase (`<ms>-<seq>` for a `job` event, `<ms>-<seq>.<n>` for the BFF’s own `snapshot`, `resync` and `end`). When the events missed are no longer kept, a `resync` event and a complete `snapshot` come instead. A single job’s stream ends with an `end` event once the job has finished. The app’s stream (`/v1/events`) also carries a `watch` event (schema `WatchEvent`, same ids) per change a watch saw. On shutdown the stream ends with a `retry:` hint; reconnect with `Last-Event-ID`. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    JobsController_result: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Migo’s content type and disposition */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewareAlternativePaymentsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlternativePaymentBody"];
            };
        };
        responses: {
            /** @description Accepted: the job that follows the work, and what Migo answered */
            202: {
                headers: {
                    /** @description The job: /v1/jobs/{id} */
                    location?: string;
                    /** @description Seconds before polling again */
                    "retry-after"?: number;
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewareAlternativePaymentsController_lookup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewareAlternativePaymentsController_dismiss: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
            };
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DismissBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewareAlternativePaymentsController_intents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentIntentsBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewareAlternativePaymentsController_pay: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
            };
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RailPaymentBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewareBinsController_lookup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BinLookupBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewareBinsController_lookupBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BinBatchBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewarePaymentLinksController_refund: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundBody"];
            };
        };
        responses: {
            /** @description Accepted: the job that follows the work, and what Migo answered */
            202: {
                headers: {
                    /** @description The job: /v1/jobs/{id} */
                    location?: string;
                    /** @description Seconds before polling again */
                    "retry-after"?: number;
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewarePaymentLinksController_revert: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevertBody"];
            };
        };
        responses: {
            /** @description Accepted: the job that follows the work, and what Migo answered */
            202: {
                headers: {
                    /** @description The job: /v1/jobs/{id} */
                    location?: string;
                    /** @description Seconds before polling again */
                    "retry-after"?: number;
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewareSuspensionsController_list: {
        parameters: {
            query?: {
                client?: string;
                list?: "block" | "allow";
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewareSuspensionsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSuspensionBody"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewareSuspensionsController_remove: {
        parameters: {
            query: {
                client: string;
            };
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewarePaymentLinksController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentLinkBody"];
            };
        };
        responses: {
            /** @description Accepted: the job that follows the work, and what Migo answered */
            202: {
                headers: {
                    /** @description The job: /v1/jobs/{id} */
                    location?: string;
                    /** @description Seconds before polling again */
                    "retry-after"?: number;
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewarePaymentLinksController_lookup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewarePlansController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePlanBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewarePlansController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanBody"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewarePlansController_list: {
        parameters: {
            query?: {
                client?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewarePlansController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
                client: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewareSubscriptionsController_list: {
        parameters: {
            query: {
                userId: string;
                clientId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewareSubscriptionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSubscriptionBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewareChargesController_charge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChargeBatchBody"];
            };
        };
        responses: {
            /** @description Accepted: the job that follows the work, and what Migo answered */
            202: {
                headers: {
                    /** @description The job: /v1/jobs/{id} */
                    location?: string;
                    /** @description Seconds before polling again */
                    "retry-after"?: number;
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewareChargesController_uploadCsv: {
        parameters: {
            query?: {
                clientId?: string;
            };
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    clientId?: string;
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Accepted: the job that follows the work, and what Migo answered */
            202: {
                headers: {
                    /** @description The job: /v1/jobs/{id} */
                    location?: string;
                    /** @description Seconds before polling again */
                    "retry-after"?: number;
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewareSubscriptionsController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subUid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewareChargesController_paymentHistory: {
        parameters: {
            query: {
                subscriptionId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewarePaymentMethodsController_add: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddPaymentMethodBody"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewarePaymentMethodsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemovePaymentMethodBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewarePaymentMethodsController_setDefault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetDefaultPaymentMethodBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewareSubscriptionsController_verifyCard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyCardBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MiddlewareSubscriptionsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subUid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    MigrationTransactionsController_search: {
        parameters: {
            query?: {
                uid?: string;
                reference?: string;
                externalId?: string;
                client?: string;
                status?: string;
                from?: string;
                to?: string;
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    SupportController_exchanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ViewsController_cardActivity: {
        parameters: {
            query?: {
                months?: number;
                fields?: string;
            };
            header?: never;
            path: {
                cardId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description View */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["View"];
                };
            };
            /** @description Not modified: your `If-None-Match` matches the current ETag */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ViewsController_cardholderView: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                partnerId: string;
                cardholderId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description View */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["View"];
                };
            };
            /** @description Not modified: your `If-None-Match` matches the current ETag */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ViewsController_partnerOverview: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description View */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["View"];
                };
            };
            /** @description Not modified: your `If-None-Match` matches the current ETag */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ViewsController_partnerSettlements: {
        parameters: {
            query: {
                fields?: string;
                from: string;
                to: string;
            };
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description View */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["View"];
                };
            };
            /** @description Not modified: your `If-None-Match` matches the current ETag */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletTerminalsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletTerminalsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTerminalBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletTerminalsController_userTerminalLegacy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                authUserId: number;
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletBusinessesController_docs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                commerceId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletBusinessesController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                commerceId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    businessPhoto: string;
                    /** Format: binary */
                    utilityBill: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletTransfersController_defineTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferTypesBody"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletTransfersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletTransfersController_transfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardTransferBody"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletCardsController_card: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletCardsController_setAlias: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardAliasBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletFundsController_adjust: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
            };
            path: {
                cardId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundsAdjustmentBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletFundsController_operate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
            };
            path: {
                cardId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundsOperationBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletCardsController_setPin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardPinBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletStatementsController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatementRequestBody"];
            };
        };
        responses: {
            /** @description Accepted: the job that follows the work, and what Migo answered */
            202: {
                headers: {
                    /** @description The job: /v1/jobs/{id} */
                    location?: string;
                    /** @description Seconds before polling again */
                    "retry-after"?: number;
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletStatementsController_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardId: number;
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletStatementsController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardId: number;
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Migo’s content type and disposition */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletCardsController_setStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardStatusBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletTransfersController_monthly: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardId: number;
                month: string;
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletCardsController_setUserPin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardId: number;
                authUserId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardPinBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletConfigsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletConfigsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppConfigPatchBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletTerminalsController_userTerminal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                authUserId: number;
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletTerminalsController_transactions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletTerminalsController_transaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deviceId: string;
                transactionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletLeadsController_create: {
        parameters: {
            query?: never;
            header: {
                "x-merchant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadBody"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletLeadsController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Migo’s content type and disposition */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletSettlementsController_list: {
        parameters: {
            query: {
                partnerId?: string;
                status?: "pending" | "settled" | "paid";
                page?: number;
                limit?: number;
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletSettlementsController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                settlementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletTerminalPaymentsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerminalPaymentBody"];
            };
        };
        responses: {
            /** @description Accepted: the job that follows the work, and what Migo answered */
            202: {
                headers: {
                    /** @description The job: /v1/jobs/{id} */
                    location?: string;
                    /** @description Seconds before polling again */
                    "retry-after"?: number;
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletTerminalPaymentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletTerminalPaymentsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerminalPaymentUpdateBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletUsersController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationRegistrationBody"] | components["schemas"]["DirectRegistrationBody"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletUserAuthController_verifyOtp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OtpVerifyBody2"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletUserAuthController_requestOtp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OtpRequestBody2"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletUserAuthController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletUsersController_invitationCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationCodeBody"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletPermissionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletPermissionsController_define: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefinePermissionsBody"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletUsersController_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletUserCardsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletUserCardsController_link: {
        parameters: {
            query: {
                clientId: string;
            };
            header?: never;
            path: {
                userId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkCardBody"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletUserCardsController_issue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422) */
                "Idempotency-Key"?: string;
            };
            path: {
                userId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletLinkedCardsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletLinkedCardsController_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkThirdPartyCardBody"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletLinkedCardsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: number;
                associationId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletLinkedCardsController_rename: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: number;
                associationId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameLinkedCardBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletPermissionsController_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PermissionGrantsBody"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WalletPermissionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PermissionGrantsBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WatchesController_list: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description WatchList */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    WatchesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWatchBody"];
            };
        };
        responses: {
            /** @description Watch */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Watch"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    WatchesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Watch */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Watch"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    WatchesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Watch */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Watch"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    WatchesController_events: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description WatchEventList */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchEventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}

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
        get: operations["getLiveness"];
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
        get: operations["getReadiness"];
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
        get: operations["scrapeMetrics"];
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
        get: operations["listCmsModules"];
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
        get: operations["listCmsPartners"];
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
        get: operations["getCmsPartnerBalance"];
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
        get: operations["listCmsProcessRequests"];
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
        get: operations["listAllCmsProcessRequests"];
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
        patch: operations["reviewCmsProcessRequest"];
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
        get: operations["getCmsPartner"];
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
        get: operations["listCmsPartnerCardholders"];
        put?: never;
        /**
         * @description **Scopes:** `cms:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in path `partnerId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["createCmsCardholder"];
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
        post: operations["uploadCmsCardholders"];
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
        post: operations["getCmsCardholder"];
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
        post: operations["closeCmsCardholder"];
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
        post: operations["uploadCmsCards"];
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
        post: operations["uploadCmsConciliationFile"];
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
        post: operations["createCmsProcessRequest"];
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
        get: operations["getCmsUploadBatch"];
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
        post: operations["createCmsPermissions"];
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
        post: operations["openCmsSession"];
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
        get: operations["getCmsSession"];
        put?: never;
        post?: never;
        /**
         * @description **Scopes:** `cms:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (an operator's own CMS session, bound to the app that opened it).
         */
        delete: operations["closeCmsSession"];
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
        put: operations["verifyCmsOtp"];
        /**
         * @description **Scopes:** `cms:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (the OTP step-up of the BFF's CMS operator session).
         */
        post: operations["requestCmsOtp"];
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
        get: operations["listCmsUserPermissions"];
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
        post: operations["grantCmsPermissions"];
        /**
         * @description **Scopes:** `cms:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in body `permissions.*.partnerId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        delete: operations["revokeCmsPermissions"];
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
        get: operations["streamAppEvents"];
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
        get: operations["listJobs"];
        put?: never;
        /**
         * @description **Scopes:** `jobs:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the upstream work to follow in the body must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Migo finishes this work later: the answer is the job that follows it (`Location: /v1/jobs/{id}`).
         */
        post: operations["trackJob"];
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
        get: operations["getJob"];
        put?: never;
        post?: never;
        /**
         * @description **Scopes:** `jobs:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the job in path `id` must be of one of the app’s partners (else 404, whether or not it exists).
         */
        delete: operations["cancelJob"];
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
        get: operations["streamJobEvents"];
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
        get: operations["getJobResult"];
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
        post: operations["createAlternativePayment"];
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
        get: operations["getAlternativePayment"];
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
        post: operations["dismissAlternativePayment"];
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
        post: operations["getAlternativePaymentIntents"];
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
        post: operations["payAlternativePayment"];
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
        post: operations["lookupBin"];
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
        post: operations["lookupBins"];
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
        post: operations["refundPaymentLink"];
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
        post: operations["revertPaymentLink"];
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
        get: operations["listSuspensions"];
        put?: never;
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in body `client` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         */
        post: operations["createSuspension"];
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
        delete: operations["removeSuspension"];
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
        post: operations["createPaymentLink"];
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
        get: operations["getPaymentLink"];
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
        put: operations["updatePlan"];
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in body `client` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["createPlan"];
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
        get: operations["listPlans"];
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
        get: operations["getPlan"];
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
        get: operations["listSubscriptions"];
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the subscription in body `subUid` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        put: operations["updateSubscription"];
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
        post: operations["chargeSubscriptions"];
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
        post: operations["uploadChargesCsv"];
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
        get: operations["getSubscription"];
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
        get: operations["listPaymentHistory"];
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
        post: operations["addPaymentMethod"];
        /**
         * @description **Scopes:** `middleware:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the partner in body `clientId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        delete: operations["removePaymentMethod"];
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
        put: operations["setDefaultPaymentMethod"];
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
        post: operations["verifyCardForSubscription"];
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
        delete: operations["cancelSubscription"];
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
        get: operations["searchMigrationTransactions"];
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
        get: operations["getSupportRecord"];
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
        get: operations["getCardActivityView"];
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
        get: operations["getCardholderView"];
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
        get: operations["getPartnerOverviewView"];
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
        get: operations["getPartnerSettlementsView"];
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
        delete: operations["removeWalletTerminal"];
        options?: never;
        head?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** only apps open to every partner (Migo does not say which partner a terminal belongs to).
         */
        patch: operations["updateWalletTerminal"];
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
        get: operations["getWalletUserTerminalLegacy"];
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
        get: operations["listWalletBusinessDocs"];
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
        post: operations["uploadWalletBusinessFiles"];
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
        post: operations["defineWalletTransferTypes"];
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
        get: operations["getCardTransfer"];
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
        post: operations["createCardTransfer"];
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
        get: operations["getWalletCard"];
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
        patch: operations["setWalletCardAlias"];
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
        put: operations["adjustWalletCardFunds"];
        /**
         * @description **Scopes:** `wallet:money` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet card in path `cardId` must be of one of the app’s partners (else 403, whether or not it exists).
         *
         *     Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo's outcome, or runs anew (`idempotent-released: true`) when Migo never acted.
         */
        post: operations["operateWalletCardFunds"];
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
        post: operations["setWalletCardPin"];
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
        post: operations["requestWalletCardStatement"];
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
        get: operations["getWalletCardStatement"];
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
        get: operations["downloadWalletCardStatement"];
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
        patch: operations["setWalletCardStatus"];
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
        get: operations["listMonthlyCardMovements"];
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
        post: operations["setWalletCardUserPin"];
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
        get: operations["getWalletConfig"];
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
        patch: operations["updateWalletConfig"];
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
        get: operations["getWalletUserTerminal"];
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
        get: operations["listWalletDeviceTransactions"];
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
        get: operations["getWalletDeviceTransaction"];
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
        post: operations["createWalletLead"];
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
        post: operations["getWalletLeadFile"];
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
        get: operations["listWalletSettlements"];
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
        get: operations["getWalletSettlement"];
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
        post: operations["createWalletTerminalPayment"];
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
        get: operations["getWalletTerminalPayment"];
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
        patch: operations["updateWalletTerminalPayment"];
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
        post: operations["registerWalletUser"];
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
        put: operations["verifyWalletOtp"];
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (end-user self-service: the user proves who they are with the code Migo sends them).
         */
        post: operations["requestWalletOtp"];
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
        post: operations["resetWalletPassword"];
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
        post: operations["createWalletInvitationCode"];
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
        get: operations["listWalletPermissions"];
        put?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** any app; not partner data (the permission catalogue of the BFF's Wallet application).
         */
        post: operations["defineWalletPermissions"];
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
        get: operations["getWalletUser"];
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
        get: operations["listWalletUserCards"];
        put?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet user in path `userId` and the partner in query `clientId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["linkWalletCard"];
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
        post: operations["issueWalletCard"];
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
        get: operations["listWalletLinkedCards"];
        put?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet user in path `userId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["createWalletLinkedCard"];
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
        delete: operations["removeWalletLinkedCard"];
        options?: never;
        head?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet user in path `userId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        patch: operations["renameWalletLinkedCard"];
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
        post: operations["grantWalletUserPermissions"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * @description **Scopes:** `wallet:write` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the Wallet user in path `userId` must be of one of the app’s partners (else 403, whether or not it exists).
         */
        patch: operations["updateWalletUserPermissions"];
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
        get: operations["listWatches"];
        put?: never;
        /**
         * @description **Scopes:** `jobs:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the object to watch in the body must be of one of the app’s partners (else 403, whether or not it exists).
         */
        post: operations["createWatch"];
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
        get: operations["getWatch"];
        put?: never;
        post?: never;
        /**
         * @description **Scopes:** `jobs:read` (or `*` / `<surface>:*`).
         *
         *     **Partners:** the watch in path `id` must be of one of the app’s partners (else 404, whether or not it exists).
         */
        delete: operations["deleteWatch"];
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
        get: operations["listWatchEvents"];
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
        /** AlternativePayment */
        AlternativePayment: {
            amount: number;
            client: string;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            /** @description Seconds left before an unpaid transaction expires (0 once past) */
            expireAt: number;
            paymentMethods: string[];
            processor: string | null;
            /** @description CREATED | USED | IN_PROGRESS | APPROVED | DENIED | EXPIRED | DISMISSED | CANCELLED (open: Migo may add values) */
            status: string;
            uid: string;
            /** Format: date-time */
            updatedAt: string;
            userId: string;
        } & {
            [key: string]: unknown;
        };
        AlternativePaymentBody: {
            amount: number;
            channel: string;
            client: string;
            /** @description Free-form: at most 4 levels, 50 keys and 4096 bytes as JSON. */
            customKeys?: Record<string, never>;
            userId: string;
        };
        /** AlternativePaymentCreated */
        AlternativePaymentCreated: {
            /** @description Seconds left before an unpaid transaction expires (0 once past) */
            expireAt: number;
            paymentMethods: string[];
            uid: string;
        } & {
            [key: string]: unknown;
        };
        /** AlternativePaymentDismissal */
        AlternativePaymentDismissal: {
            message: string;
            transaction: {
                /** @description CREATED | USED | IN_PROGRESS | APPROVED | DENIED | EXPIRED | DISMISSED | CANCELLED (open: Migo may add values) */
                status: string;
                uid: string;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * AlternativePaymentIntents
         * @description What the rail needs before paying (`requiredFields`, `banks`, `note`…); null for rails that need nothing
         */
        AlternativePaymentIntents: {
            [key: string]: unknown;
        } | null;
        /** AlternativePaymentStarted */
        AlternativePaymentStarted: {
            cancelAt: string | null;
            /** @description The rail’s answer: `{url}`, `{qr}`, `{html}`, `{buttonUrl, installments}` or rail-specific JSON */
            data: {
                [key: string]: unknown;
            };
            transaction_id: string;
            /** @description Discriminates `data`: url | qr | html | payButton | json | base64 (open: Migo may add values) */
            type: string;
        } & {
            [key: string]: unknown;
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
        /** BinBatchLookup */
        BinBatchLookup: {
            /** @description The BINs Migo knows, in the order first asked */
            items: components["schemas"]["BinInfo"][];
            notFound: string[];
        } & {
            [key: string]: unknown;
        };
        /** BinInfo */
        BinInfo: {
            bin: string;
            brand: string;
            /** @description credit | debit | prepaid (open) */
            cardType: string;
            issuer: string;
            /** @description ISO 3166-1 alpha-2 */
            issuerCountry: string;
        } & {
            [key: string]: unknown;
        };
        BinLookupBody: {
            bin?: string;
            cardNumber?: string;
        };
        /** CardActivityView */
        CardActivityView: {
            cardId?: number;
            from?: string;
            /** @description Newest first */
            items?: ({
                amount: number;
                balanceAfter: number;
                cardId: number;
                channel: string | null;
                counterpartCardId: number | null;
                /** Format: date-time */
                createdAt: string;
                currency: string;
                customKeys?: {
                    [key: string]: unknown;
                } | null;
                description: string | null;
                /** @description credit | debit (open: Migo may add values) */
                direction: string;
                id: number;
                reference: string | null;
                /** @description Net of all movements in the same currency up to and including this one, over the months shown */
                runningTotal: number;
                /** @description created | approved | processed | denied | reversed | refunded | cancelled | in_progress | liquidated (open: Migo may add values) */
                status: string;
                transferId: number | null;
                /** @description ADD_FUNDS | WITHDRAW_FUNDS | TRANSFER_IN | TRANSFER_OUT (open: Migo may add values) */
                type: string;
            } & {
                [key: string]: unknown;
            })[];
            /** @description true when a source failed or ran out of time; its part of the view is null */
            partial: boolean;
            /** @description What each source did and how long it took */
            sources: {
                [key: string]: {
                    error?: string;
                    ms: number;
                    /** @description ok | timeout | error | circuit-open */
                    status: string;
                } & {
                    [key: string]: unknown;
                };
            };
            to?: string;
            /** @description Per currency */
            totals?: {
                [key: string]: {
                    count: number;
                    credits: number;
                    debits: number;
                    net: number;
                } & {
                    [key: string]: unknown;
                };
            };
        } & {
            [key: string]: unknown;
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
        /** CardVerification */
        CardVerification: {
            card: {
                brand: string;
                cardId: string;
                last4: string;
            } & {
                [key: string]: unknown;
            };
            subscription?: components["schemas"]["MiddlewareSubscription"];
            verified: boolean;
        } & {
            [key: string]: unknown;
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
        /** CardholderView */
        CardholderView: {
            /** @description The CMS record (GET /v1/cms/partners/{partnerId}/cardholders/{cardholderId}) without its `cards` */
            cardholder?: {
                [key: string]: unknown;
            };
            cardholderId?: number;
            cards?: ({
                alias: string;
                balance: number;
                cardId: number;
                /** Format: date-time */
                createdAt: string;
                currency: string;
                /** @description The last 4 digits behind asterisks; the PAN itself never leaves Migo */
                maskedPan: string;
                movements: components["schemas"]["WalletCardMovement"][] | null;
                pinSet: boolean;
                /** @description inactive | active | blocked (open: Migo may add values) */
                status: string;
                type: string;
                userId: number | null;
            } & {
                [key: string]: unknown;
            })[] | null;
            /** @description The month of `movements` (UTC) */
            month?: string;
            /** @description true when a source failed or ran out of time; its part of the view is null */
            partial: boolean;
            partnerId?: string;
            /** @description What each source did and how long it took */
            sources: {
                [key: string]: {
                    error?: string;
                    ms: number;
                    /** @description ok | timeout | error | circuit-open */
                    status: string;
                } & {
                    [key: string]: unknown;
                };
            };
            subscriptions?: {
                [key: string]: unknown;
            }[] | null;
        } & {
            [key: string]: unknown;
        };
        /** ChargeBatchAnswer */
        ChargeBatchAnswer: {
            batchId: string | null;
            clientId: string;
            /** @description Up to 10 rows refused up front */
            errorsSample: ({
                /** @description 0-based position in the request’s `data` */
                index?: number;
                message: string;
                subscriptionId?: string;
            } & {
                [key: string]: unknown;
            })[];
            totals: {
                accepted?: number;
                received?: number;
                rejected?: number;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
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
        /** ChargeSource */
        ChargeSource: {
            batchId?: string;
            row?: number;
            trackingId?: string;
            /** @description scheduled | on-demand | csv (open) */
            type: string;
        } & {
            [key: string]: unknown;
        };
        /** ChargesCsvAccepted */
        ChargesCsvAccepted: {
            trackingId: string;
        } & {
            [key: string]: unknown;
        };
        /** CmsBatch */
        CmsBatch: {
            batchId: string;
            failed: number;
            /** @description cardholders | cards | conciliation */
            kind?: string;
            percentage: number;
            processed: number;
            /** @description Once the batch is finished: upload rows, or a conciliation batch’s entries */
            results?: (components["schemas"]["CmsBatchRowOutcome"] | components["schemas"]["CmsConciliationEntry"])[];
            /** @description queued | processing | completed | failed (open) */
            status: string;
            succeeded: number;
            total: number;
            /** Format: date-time */
            updatedAt?: string;
        } & {
            [key: string]: unknown;
        };
        /** CmsBatchRowOutcome */
        CmsBatchRowOutcome: {
            cardId?: number;
            cardholderId?: number;
            errors?: ({
                code?: string;
                field?: string;
                message: string;
            } & {
                [key: string]: unknown;
            })[];
            /** @description 1-based among the data rows */
            row: number;
            /** @description created | failed (open) */
            status: string;
        } & {
            [key: string]: unknown;
        };
        /** CmsCardholder */
        CmsCardholder: {
            address: string;
            cardIds: number[];
            countryOfBirth: string;
            /** Format: date-time */
            createdAt: string;
            /** @description YYYY-MM-DD */
            dateOfBirth: string;
            documentNumber: string;
            /** @description DPI | NIT | PASSPORT | LEGAL_ID | PERSONAL_ID | RESIDENCE_ID (open) */
            documentType: string;
            email: string;
            /** @description F | M | OTHER (open) */
            gender: string;
            id: number;
            lastName: string;
            /** @description soltero | casado | viudo | divorciado | separado (open) */
            maritalStatus: string;
            name: string;
            partnerId: string;
            phoneNumber: string;
            /** @description active | closed (open: Migo may add values) */
            status: string;
            walletUserId: number;
        } & {
            [key: string]: unknown;
        };
        /** CmsCardholderCard */
        CmsCardholderCard: {
            alias: string;
            balance: number;
            cardId: number;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            maskedPan: string;
            pinSet: boolean;
            /** @description active | blocked | inactive | … (open) */
            status: string;
            type: string;
            userId: number | null;
        } & {
            [key: string]: unknown;
        };
        /** CmsCardholderDetail */
        CmsCardholderDetail: {
            address: string;
            cardIds: number[];
            cards: components["schemas"]["CmsCardholderCard"][];
            countryOfBirth: string;
            /** Format: date-time */
            createdAt: string;
            /** @description YYYY-MM-DD */
            dateOfBirth: string;
            documentNumber: string;
            /** @description DPI | NIT | PASSPORT | LEGAL_ID | PERSONAL_ID | RESIDENCE_ID (open) */
            documentType: string;
            email: string;
            /** @description F | M | OTHER (open) */
            gender: string;
            id: number;
            lastName: string;
            /** @description soltero | casado | viudo | divorciado | separado (open) */
            maritalStatus: string;
            name: string;
            partnerId: string;
            phoneNumber: string;
            /** @description active | closed (open: Migo may add values) */
            status: string;
            walletUserId: number;
        } & {
            [key: string]: unknown;
        };
        /** CmsCardholderPage */
        CmsCardholderPage: {
            items: components["schemas"]["CmsCardholder"][];
            limit: number;
            page: number;
            total: number;
        } & {
            [key: string]: unknown;
        };
        /** CmsConciliationEntry */
        CmsConciliationEntry: {
            date: string | null;
            fileAmount: number | null;
            fileCurrency: string | null;
            fileStatus: string | null;
            migoAmount: number | null;
            migoCurrency: string | null;
            migoUid: string | null;
            reason: string | null;
            reference: string | null;
            row: number | null;
            /** @description matched | amount-mismatch | missing-at-migo | missing-in-file | invalid (open) */
            status: string;
        } & {
            [key: string]: unknown;
        };
        /** CmsGrantedPermission */
        CmsGrantedPermission: {
            action: string;
            partnerId: string;
            permissionId: number;
            resource: string;
        } & {
            [key: string]: unknown;
        };
        /** CmsGrantedPermissionList */
        CmsGrantedPermissionList: components["schemas"]["CmsGrantedPermission"][];
        CmsLoginBody: {
            /** Format: email */
            email: string;
            password: string;
        };
        /** CmsModule */
        CmsModule: {
            id: number;
            name: string;
            permissions: ({
                action: string;
                permissionId: number;
                resource: string;
            } & {
                [key: string]: unknown;
            })[];
            resource: string;
        } & {
            [key: string]: unknown;
        };
        /** CmsModuleList */
        CmsModuleList: components["schemas"]["CmsModule"][];
        /**
         * CmsOtpRequested
         * @description The code itself is e-mailed to the operator, never answered
         */
        CmsOtpRequested: {
            email: string;
            /** Format: date-time */
            expiresAt: string;
            purpose: string;
        } & {
            [key: string]: unknown;
        };
        /** CmsOtpVerified */
        CmsOtpVerified: {
            elevated: boolean;
            /** Format: date-time */
            elevatedUntil: string;
        } & {
            [key: string]: unknown;
        };
        /** CmsPartner */
        CmsPartner: {
            /** @description In the detail only */
            balance?: {
                available: number;
                currency: string;
            } & {
                [key: string]: unknown;
            };
            /** @description How many cardholders the partner has; in the detail only */
            cardholders?: number;
            currency: string;
            name: string;
            partnerId: string;
            /** @description active (open: Migo may add values) */
            status: string;
        } & {
            [key: string]: unknown;
        };
        /** CmsPartnerBalance */
        CmsPartnerBalance: {
            available: number;
            clientId: string;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            id: number;
            /** Format: date-time */
            updatedAt: string;
        } & {
            [key: string]: unknown;
        };
        /** CmsPartnerList */
        CmsPartnerList: components["schemas"]["CmsPartner"][];
        /** CmsPermission */
        CmsPermission: {
            action: string;
            description?: string | null;
            permissionId: number;
            resource: string;
        } & {
            [key: string]: unknown;
        };
        /** CmsPermissionList */
        CmsPermissionList: components["schemas"]["CmsPermission"][];
        /** CmsProcessRequest */
        CmsProcessRequest: {
            clientId: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The CMS operator who filed it */
            createdBy: number;
            currency: string;
            evidence: {
                fileName: string;
                mimeType: string;
                size: number;
            } & {
                [key: string]: unknown;
            };
            id: number;
            observations: string | null;
            reason: string | null;
            requestedAmount: number;
            reviewedAt: string | null;
            reviewedBy: number | null;
            /** @description pending | approved | rejected (open) */
            status: string;
        } & {
            [key: string]: unknown;
        };
        /** CmsProcessRequestCreated */
        CmsProcessRequestCreated: {
            clientId: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The CMS operator who filed it */
            createdBy: number;
            currency: string;
            evidence: {
                fileName: string;
                mimeType: string;
                size: number;
            } & {
                [key: string]: unknown;
            };
            id: number;
            job?: components["schemas"]["Job"];
            observations: string | null;
            reason: string | null;
            requestedAmount: number;
            reviewedAt: string | null;
            reviewedBy: number | null;
            /** @description pending | approved | rejected (open) */
            status: string;
        } & {
            [key: string]: unknown;
        };
        /** CmsProcessRequestList */
        CmsProcessRequestList: components["schemas"]["CmsProcessRequest"][];
        /** CmsProcessRequestPage */
        CmsProcessRequestPage: {
            items: components["schemas"]["CmsProcessRequest"][];
            limit: number;
            page: number;
            total: number;
        } & {
            [key: string]: unknown;
        };
        /** CmsSession */
        CmsSession: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the session ends however it is used
             */
            expiresAt: string;
            /**
             * Format: date-time
             * @description When it ends unless used before
             */
            idleExpiresAt: string;
            /** @description Who Migo says logged in */
            operator: {
                email: string;
                id?: number;
                name?: string;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** CmsSessionOpened */
        CmsSessionOpened: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the session ends however it is used
             */
            expiresAt: string;
            /**
             * Format: date-time
             * @description When it ends unless used before
             */
            idleExpiresAt: string;
            /** @description Who Migo says logged in */
            operator: {
                email: string;
                id?: number;
                name?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description The handle for `X-Cms-Session` */
            session: string;
        } & {
            [key: string]: unknown;
        };
        /** CmsUploadAccepted */
        CmsUploadAccepted: {
            /** @description The batch id */
            id: string;
        } & {
            [key: string]: unknown;
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
        /** Job */
        Job: {
            /** Format: date-time */
            createdAt: string;
            error: ({
                code: string;
                message: string;
            } & {
                [key: string]: unknown;
            }) | null;
            finishedAt: string | null;
            id: string;
            links: {
                events: string;
                /** @description Only for jobs that produce a file, once succeeded */
                result?: string;
                self: string;
            } & {
                [key: string]: unknown;
            };
            /** @description How the work ended, set when the job succeeded (null before, when it failed, and for kinds without one). A succeeded job can still be a "no": read it, not only `state`. Per kind: middleware.charge-batch: all-approved, partially-declined, all-declined; middleware.csv-charges: all-approved, partially-declined, all-declined; middleware.payment-link: approved, denied, expired, cancelled; middleware.payment-link-reversal: refunded, reverted, refused; middleware.alternative-payment: approved, denied, expired, cancelled; cms.conciliation: all-matched, discrepancies; wallet.terminal-payment: approved, denied, expired, cancelled; cms.process-request: approved, rejected; wallet.lead: approved, rejected; the other kinds have none. */
            outcome: ("all-approved" | "partially-declined" | "all-declined" | "approved" | "denied" | "expired" | "cancelled" | "refunded" | "reverted" | "refused" | "all-matched" | "discrepancies" | "rejected") | null;
            partnerId?: string;
            progress: {
                approved?: number;
                declined?: number;
                failed?: number;
                percent: number;
                processed?: number;
                /** @description Migo’s own status word ("processing", "IN_PROGRESS", …) */
                status?: string;
                succeeded?: number;
                total?: number;
            } & {
                [key: string]: unknown;
            };
            /** @description What the work produced (per-row outcomes, the payment, …); null until then */
            result: unknown;
            /** @enum {unknown} */
            state: "queued" | "running" | "succeeded" | "failed" | "cancelled";
            /** @enum {unknown} */
            type: "cms.cardholder-upload" | "cms.card-upload" | "wallet.statement" | "middleware.charge-batch" | "middleware.csv-charges" | "middleware.payment-link" | "middleware.payment-link-reversal" | "middleware.alternative-payment" | "cms.conciliation" | "wallet.terminal-payment" | "cms.process-request" | "wallet.lead";
            /** Format: date-time */
            updatedAt: string;
            upstream: {
                id: string;
                service: string;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** JobAccepted */
        JobAccepted: {
            job: components["schemas"]["Job"];
            /** @description What Migo answered when it accepted the work (a batch id, a payment link, …) */
            upstream: unknown;
        } & {
            [key: string]: unknown;
        };
        /** JobList */
        JobList: {
            items: components["schemas"]["Job"][];
            nextCursor: string | null;
        } & {
            [key: string]: unknown;
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
        /** Liveness */
        Liveness: {
            /** @constant */
            status: "ok";
        } & {
            [key: string]: unknown;
        };
        /** MiddlewarePaymentLink */
        MiddlewarePaymentLink: {
            amount: number;
            client: string;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            /** @description Why a `denied` payment was declined (assumed field): e.g. `card_declined`, `suspended_by_fraud_rule` */
            declineCode?: string;
            externalId: string | null;
            /** Format: date-time */
            paidAt?: string;
            /** @description The card processor that charged the customer; null until paid */
            processor: string | null;
            reference: string;
            refundedAmount: number;
            /** @description created | approved | denied | expired | reverted | refunded | used | authorized (open: Migo may add values) */
            status: string;
            uid: string;
            /** Format: date-time */
            updatedAt: string;
            userId: string;
        } & {
            [key: string]: unknown;
        };
        /** MiddlewarePaymentLinkCreated */
        MiddlewarePaymentLinkCreated: {
            /** @description The hosted checkout page to send the customer to */
            URL: string;
            reference: string;
            uid: string;
        } & {
            [key: string]: unknown;
        };
        /** MiddlewarePaymentMethod */
        MiddlewarePaymentMethod: {
            alias: string;
            brand: string;
            cardId: string;
            clientId: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            last4: string;
            processorId: string;
            userId: string;
        } & {
            [key: string]: unknown;
        };
        /** MiddlewarePlan */
        MiddlewarePlan: {
            amount: number;
            autoRenewal: boolean;
            client: string;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            /** @description Failed renewal attempts before the subscription becomes `inactive` */
            dailyAttempts: number;
            daysNotifyExpiringCard: number;
            frequency: components["schemas"]["PlanFrequency"];
            installments: number[];
            /** @description Card processors a subscriber may verify with; empty = any */
            methods: string[];
            name: string;
            planUid: string;
            /** @description interval | fixedDay | anniversary | automatic (open: Migo may add values) */
            type: string;
            /** Format: date-time */
            updatedAt: string;
        } & {
            [key: string]: unknown;
        };
        /** MiddlewarePlanList */
        MiddlewarePlanList: components["schemas"]["MiddlewarePlan"][];
        /** MiddlewareSubscription */
        MiddlewareSubscription: {
            amount: number;
            client: string;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            nextRenewalDate: string | null;
            notificationEmail: string | null;
            paymentMethods: ({
                brand: string;
                id: string;
                isDefault: boolean;
                last4: string;
            } & {
                [key: string]: unknown;
            })[];
            planUid: string;
            /** @description active | cancelled | expired | inactive (open: Migo may add values) */
            status: string;
            subUid: string;
            userId: string;
        } & {
            [key: string]: unknown;
        };
        /** MiddlewareSubscriptionList */
        MiddlewareSubscriptionList: components["schemas"]["MiddlewareSubscription"][];
        /** MigratedTransaction */
        MigratedTransaction: {
            amount: number;
            client: string;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            /** @description payment-link | alternative-payment (open) */
            kind: string;
            /** @description Payment links only */
            reference?: string;
            /** @description The transaction’s own status: lower-case for payment links, upper-case for alternative payments */
            status: string;
            uid: string;
            userId: string;
        } & {
            [key: string]: unknown;
        };
        /** MigrationTransactionSearchPage */
        MigrationTransactionSearchPage: {
            items: components["schemas"]["MigratedTransaction"][];
            limit: number;
            page: number;
            total: number;
        } & {
            [key: string]: unknown;
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
        /** PartnerOverviewView */
        PartnerOverviewView: {
            balance?: {
                [key: string]: unknown;
            } | null;
            cardholderCount?: number | null;
            jobs?: ({
                active: components["schemas"]["Job"][];
                recent: components["schemas"]["Job"][];
            } & {
                [key: string]: unknown;
            }) | null;
            /** @description true when a source failed or ran out of time; its part of the view is null */
            partial: boolean;
            partnerId?: string;
            pendingProcessRequests?: {
                [key: string]: unknown;
            }[] | null;
            /** @description What each source did and how long it took */
            sources: {
                [key: string]: {
                    error?: string;
                    ms: number;
                    /** @description ok | timeout | error | circuit-open */
                    status: string;
                } & {
                    [key: string]: unknown;
                };
            };
        } & {
            [key: string]: unknown;
        };
        /** PartnerSettlementsView */
        PartnerSettlementsView: {
            /** Format: date */
            from?: string;
            /** @description true when a source failed or ran out of time; its part of the view is null */
            partial: boolean;
            partnerId?: string;
            payments?: ({
                /** @description Once settled, what the settlement paid out */
                amount: number;
                /** Format: date-time */
                capturedAt: string;
                currency: string;
                settlementId: string | null;
                /** @description payment-link | alternative-payment (open) */
                source: string;
                status: "captured" | "settled" | "paid";
                uid: string;
            } & {
                [key: string]: unknown;
            })[] | null;
            /** @description Without their items */
            settlements?: components["schemas"]["WalletSettlement"][];
            /** @description What each source did and how long it took */
            sources: {
                [key: string]: {
                    error?: string;
                    ms: number;
                    /** @description ok | timeout | error | circuit-open */
                    status: string;
                } & {
                    [key: string]: unknown;
                };
            };
            /** Format: date */
            to?: string;
            totals?: ({
                captured: ({
                    amount: number;
                    count: number;
                    currency: string;
                } & {
                    [key: string]: unknown;
                })[];
                paid: ({
                    amount: number;
                    count: number;
                    currency: string;
                } & {
                    [key: string]: unknown;
                })[];
                settled: ({
                    amount: number;
                    count: number;
                    currency: string;
                } & {
                    [key: string]: unknown;
                })[];
            } & {
                [key: string]: unknown;
            }) | null;
        } & {
            [key: string]: unknown;
        };
        PasswordResetBody: {
            confirmPassword: string;
            /** Format: email */
            email: string;
            otp: string;
            password: string;
        };
        /**
         * PaymentHistory
         * @description A subscription’s charges, newest first
         */
        PaymentHistory: components["schemas"]["PaymentHistoryEntry"][];
        /** PaymentHistoryEntry */
        PaymentHistoryEntry: {
            amount: number;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            metadata?: unknown;
            /** @description Why a charge was denied: subscription_inactive | insufficient_funds | card_declined (open) */
            reason?: string;
            source?: components["schemas"]["ChargeSource"];
            /** @description approved | denied (open: Migo may add values) */
            status: string;
            subscriptionId: string;
            uid: string;
        } & {
            [key: string]: unknown;
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
        /** PlanFrequency */
        PlanFrequency: {
            day?: number;
            /** @description Days between renewals (0 on a fixed-day plan) */
            frequency: number;
            longDescription?: string;
            shortDescription?: string;
        } & {
            [key: string]: unknown;
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
        /** Readiness */
        Readiness: {
            details: {
                [key: string]: {
                    status: "up" | "degraded" | "down";
                } & {
                    [key: string]: unknown;
                };
            };
            error?: {
                [key: string]: {
                    status: "up" | "degraded" | "down";
                } & {
                    [key: string]: unknown;
                };
            } | null;
            info?: {
                [key: string]: {
                    status: "up" | "degraded" | "down";
                } & {
                    [key: string]: unknown;
                };
            } | null;
            status: "ok" | "degraded" | "error" | "shutting_down";
        } & {
            [key: string]: unknown;
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
        /** SupportRecord */
        SupportRecord: {
            /** @description Admins only: calls the BFF made for its own reasons */
            bffOwnCalls?: ({
                app: string;
                attempt: number;
                durationMs: number;
                method: string;
                /** @description The HTTP status, or what happened instead (`cancelled`: the BFF stopped waiting, e.g. a view ran out of time) */
                outcome: number | "timeout" | "network" | "cancelled";
                /** @description Why the BFF made it: an access lookup, an unfiltered list */
                purpose: string;
                requestBody: ({
                    /** @description Size before redaction and truncation (unknown for streams and multipart forms) */
                    bytes?: number;
                    /** @description The redacted JSON value or text; a truncated body is its first bytes as text */
                    content?: unknown;
                    contentType?: string;
                    truncated?: boolean;
                } & {
                    [key: string]: unknown;
                }) | null;
                /** @description Sensitive values redacted */
                requestHeaders: {
                    [key: string]: string;
                };
                requestId: string;
                responseBody: ({
                    /** @description Size before redaction and truncation (unknown for streams and multipart forms) */
                    bytes?: number;
                    /** @description The redacted JSON value or text; a truncated body is its first bytes as text */
                    content?: unknown;
                    contentType?: string;
                    truncated?: boolean;
                } & {
                    [key: string]: unknown;
                }) | null;
                responseHeaders: {
                    [key: string]: string;
                } | null;
                /** Format: date-time */
                startedAt: string;
                /** @description wallet | middleware | cms | migration */
                upstream: string;
                /** @description Path (the upstream base URL's path included) and query, sensitive query values redacted */
                url: string;
            } & {
                [key: string]: unknown;
            })[];
            /** @description The upstream exchanges made for what the app asked, oldest first */
            exchanges: ({
                app: string;
                attempt: number;
                durationMs: number;
                method: string;
                /** @description The HTTP status, or what happened instead (`cancelled`: the BFF stopped waiting, e.g. a view ran out of time) */
                outcome: number | "timeout" | "network" | "cancelled";
                requestBody: ({
                    /** @description Size before redaction and truncation (unknown for streams and multipart forms) */
                    bytes?: number;
                    /** @description The redacted JSON value or text; a truncated body is its first bytes as text */
                    content?: unknown;
                    contentType?: string;
                    truncated?: boolean;
                } & {
                    [key: string]: unknown;
                }) | null;
                /** @description Sensitive values redacted */
                requestHeaders: {
                    [key: string]: string;
                };
                requestId: string;
                responseBody: ({
                    /** @description Size before redaction and truncation (unknown for streams and multipart forms) */
                    bytes?: number;
                    /** @description The redacted JSON value or text; a truncated body is its first bytes as text */
                    content?: unknown;
                    contentType?: string;
                    truncated?: boolean;
                } & {
                    [key: string]: unknown;
                }) | null;
                responseHeaders: {
                    [key: string]: string;
                } | null;
                /** Format: date-time */
                startedAt: string;
                /** @description wallet | middleware | cms | migration */
                upstream: string;
                /** @description Path (the upstream base URL's path included) and query, sensitive query values redacted */
                url: string;
            } & {
                [key: string]: unknown;
            })[];
            notes: (({
                detail: string;
                method: string;
                /** @constant */
                note: "refused";
                path: string;
                /** Format: date-time */
                startedAt: string;
                status: number;
                type: string;
            } & {
                [key: string]: unknown;
            }) | ({
                body: {
                    /** @description Size before redaction and truncation (unknown for streams and multipart forms) */
                    bytes?: number;
                    /** @description The redacted JSON value or text; a truncated body is its first bytes as text */
                    content?: unknown;
                    contentType?: string;
                    truncated?: boolean;
                } & {
                    [key: string]: unknown;
                };
                items: number;
                /** @constant */
                note: "filtered-answer";
                /** Format: date-time */
                startedAt: string;
            } & {
                [key: string]: unknown;
            }))[];
            requestId: string;
        } & {
            [key: string]: unknown;
        };
        /** SuspensionEntry */
        SuspensionEntry: {
            client: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @description block | allow */
            list: string;
            reason: string;
            /** @description card-fingerprint | bin | email | phone | document */
            type: string;
            /** @description Normalized: e-mails lower-case, phones without separators, documents upper-case */
            value: string;
        } & {
            [key: string]: unknown;
        };
        /** SuspensionPage */
        SuspensionPage: {
            items: components["schemas"]["SuspensionEntry"][];
            limit: number;
            page: number;
            total: number;
        } & {
            [key: string]: unknown;
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
        /** WalletAppConfig */
        WalletAppConfig: {
            applicationId: string;
            limits: components["schemas"]["WalletAppLimits"];
            merchant: string;
            name: string;
            /** @description Application permissions (`USER_REGISTRATION`, `FILE_UPLOAD`); read-only through the API */
            permissions: string[];
            /** Format: date-time */
            updatedAt: string;
            webhookUrl: string | null;
        } & {
            [key: string]: unknown;
        };
        /** WalletAppLimits */
        WalletAppLimits: {
            dailyTransactionAmount: number;
            maxTransactionAmount: number;
            monthlyTransactionAmount: number;
        } & {
            [key: string]: unknown;
        };
        /** WalletBusiness */
        WalletBusiness: {
            branches: ({
                branchCode: string;
                name: string;
            } & {
                [key: string]: unknown;
            })[];
            commerceId: number;
            /** Format: date-time */
            createdAt: string;
            leadId: string | null;
            name: string;
            ownerUserId: number;
            partnerId: string;
            paymentMethods: ({
                acquirerSlug: string;
                slug: string;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        /** WalletBusinessDocLink */
        WalletBusinessDocLink: {
            /** Format: date-time */
            expiresAt: string;
            name: string;
            url: string;
        } & {
            [key: string]: unknown;
        };
        /** WalletBusinessDocLinkList */
        WalletBusinessDocLinkList: components["schemas"]["WalletBusinessDocLink"][];
        /** WalletBusinessFilesUploaded */
        WalletBusinessFilesUploaded: {
            commerceId: number;
            files: ({
                fileName: string;
                mimeType: string;
                /** @description businessPhoto | utilityBill (open: Migo may add values) */
                name: string;
                size: number;
                /** Format: date-time */
                uploadedAt: string;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        /** WalletCard */
        WalletCard: {
            alias: string;
            balance: number;
            cardId: number;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            /** @description The last 4 digits behind asterisks; the PAN itself never leaves Migo */
            maskedPan: string;
            pinSet: boolean;
            /** @description inactive | active | blocked (open: Migo may add values) */
            status: string;
            type: string;
            userId: number | null;
        } & {
            [key: string]: unknown;
        };
        /** WalletCardList */
        WalletCardList: components["schemas"]["WalletCard"][];
        /** WalletCardMovement */
        WalletCardMovement: {
            amount: number;
            balanceAfter: number;
            cardId: number;
            channel: string | null;
            counterpartCardId: number | null;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            customKeys?: {
                [key: string]: unknown;
            } | null;
            description: string | null;
            /** @description credit | debit (open: Migo may add values) */
            direction: string;
            id: number;
            reference: string | null;
            /** @description created | approved | processed | denied | reversed | refunded | cancelled | in_progress | liquidated (open: Migo may add values) */
            status: string;
            transferId: number | null;
            /** @description ADD_FUNDS | WITHDRAW_FUNDS | TRANSFER_IN | TRANSFER_OUT (open: Migo may add values) */
            type: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * WalletCardMovementList
         * @description Newest first
         */
        WalletCardMovementList: components["schemas"]["WalletCardMovement"][];
        /** WalletCardTransfer */
        WalletCardTransfer: {
            amount: number;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            fromCardId: number;
            id: number;
            observations: string | null;
            /** @description created | approved | processed | denied | reversed | refunded | cancelled | in_progress | liquidated (open: Migo may add values) */
            status: string;
            toCardId: number;
            /** Format: date-time */
            updatedAt: string;
        } & {
            [key: string]: unknown;
        };
        /** WalletFundsMovement */
        WalletFundsMovement: {
            amount: number;
            /** @description The card balance after the movement */
            balance: number;
            cardId: number;
            channel: string | null;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            customKeys: {
                [key: string]: unknown;
            } | null;
            description: string | null;
            movementId: number;
            /** @description ADD_FUNDS | WITHDRAW_FUNDS (open: Migo may add values) */
            operation: string;
            reference: string | null;
            /** @description created | approved | processed | denied | reversed | refunded | cancelled | in_progress | liquidated (open: Migo may add values) */
            status: string;
        } & {
            [key: string]: unknown;
        };
        /** WalletInvitationCode */
        WalletInvitationCode: {
            branchCode: string | null;
            /** Format: date-time */
            createdAt: string;
            invitationCode: string;
            /** @description admin | cashier | cardholder (open: Migo may add values) */
            role: string;
        } & {
            [key: string]: unknown;
        };
        /** WalletLeadAccepted */
        WalletLeadAccepted: {
            _id: string;
            /** @description The code the business owner registers with (POST /users) */
            invitationCode: string;
            job: components["schemas"]["Job"];
        } & {
            [key: string]: unknown;
        };
        /** WalletLinkedCard */
        WalletLinkedCard: {
            alias: string;
            associationId: number;
            cardId: number;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            maskedPan: string;
            ownerName: string | null;
            /** Format: date-time */
            updatedAt: string;
        } & {
            [key: string]: unknown;
        };
        /** WalletLinkedCardList */
        WalletLinkedCardList: components["schemas"]["WalletLinkedCard"][];
        /** WalletLinkedCardRemoved */
        WalletLinkedCardRemoved: {
            associationId: number;
            deleted: boolean;
        } & {
            [key: string]: unknown;
        };
        /** WalletOtpSent */
        WalletOtpSent: {
            /** Format: date-time */
            expiresAt: string;
            sent: boolean;
        } & {
            [key: string]: unknown;
        };
        /** WalletOtpVerified */
        WalletOtpVerified: {
            /** @description Opaque; proves a recently completed OTP */
            elevatedToken: string;
            /** Format: date-time */
            expiresAt: string;
        } & {
            [key: string]: unknown;
        };
        /** WalletPasswordReset */
        WalletPasswordReset: {
            /** Format: date-time */
            passwordUpdatedAt: string;
            userId: number;
        } & {
            [key: string]: unknown;
        };
        /** WalletPermission */
        WalletPermission: {
            action: string;
            description: string | null;
            permissionId: number;
            resource: string;
        } & {
            [key: string]: unknown;
        };
        /** WalletPermissionList */
        WalletPermissionList: components["schemas"]["WalletPermission"][];
        /** WalletPinSet */
        WalletPinSet: {
            authUserId?: number;
            cardId: number;
            pinSet: boolean;
            /** Format: date-time */
            updatedAt: string;
        } & {
            [key: string]: unknown;
        };
        /** WalletSettlement */
        WalletSettlement: {
            /**
             * Format: date
             * @description The day of the cutoff that closed it (UTC)
             */
            businessDate: string;
            /** Format: date-time */
            cutoffAt: string;
            itemCount: number;
            /** @description Always on the detail; on a list only with `includeItems=true` */
            items?: components["schemas"]["WalletSettlementItem"][];
            /**
             * Format: date
             * @description One business day after settledOn
             */
            paidOn: string;
            partnerId: string;
            /**
             * Format: date
             * @description The next business day after the cutoff
             */
            settledOn: string;
            settlementId: string;
            /** @description pending | settled | paid (open: Migo may add values) */
            status: string;
            /** @description One per currency */
            totals: components["schemas"]["WalletSettlementTotal"][];
        } & {
            [key: string]: unknown;
        };
        /** WalletSettlementItem */
        WalletSettlementItem: {
            amount: number;
            /** Format: date-time */
            capturedAt: string;
            currency: string;
            /** @description A payment-link or alternative-payment uid, or a terminal payment's id */
            reference: string;
            /** @description terminal | payment-link | alternative-payment (open: Migo may add values) */
            source: string;
        } & {
            [key: string]: unknown;
        };
        /** WalletSettlementPage */
        WalletSettlementPage: {
            items: components["schemas"]["WalletSettlement"][];
            limit: number;
            page: number;
            total: number;
        } & {
            [key: string]: unknown;
        };
        /** WalletSettlementTotal */
        WalletSettlementTotal: {
            /** @description The exact sum of that currency's items */
            amount: number;
            currency: string;
            itemCount: number;
        } & {
            [key: string]: unknown;
        };
        /** WalletStatementAccepted */
        WalletStatementAccepted: {
            cardId: number;
            /** Format: date-time */
            createdAt: string;
            month: number;
            reference: string;
            /** @description processing | ready (open: Migo may add values) */
            status: string;
            year: number;
        } & {
            [key: string]: unknown;
        };
        /** WalletStatementStatus */
        WalletStatementStatus: {
            cardId: number;
            /** Format: date-time */
            createdAt: string;
            /** @description Migo's path of the PDF; download it from the BFF's `…/file` route */
            downloadPath?: string;
            month: number;
            readyAt: string | null;
            reference: string;
            /** @description processing | ready (open: Migo may add values) */
            status: string;
            year: number;
        } & {
            [key: string]: unknown;
        };
        /** WalletTerminal */
        WalletTerminal: {
            authUserId: number;
            branchCode: string;
            commerceId: number;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            deviceId: string;
            externalTerminalId: string;
            isActive: boolean;
            terminalId: number;
            /** @description tapToPhone | pos | mpos (open: Migo may add values) */
            terminalType: string;
            /** Format: date-time */
            updatedAt: string;
        } & {
            [key: string]: unknown;
        };
        /** WalletTerminalPayment */
        WalletTerminalPayment: {
            additionalData: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            externalId: string;
            id: number;
            /** @description created | approved | processed | denied | reversed | refunded | cancelled | in_progress | liquidated (open: Migo may add values) */
            status: string;
            /** @description A decimal amount written as a string */
            subtotal: string;
            terminalId: number;
            /** @description A decimal amount written as a string; "0" until captured */
            totalAmount: string;
            /** Format: date-time */
            updatedAt: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * WalletTerminalPaymentList
         * @description The last 180 days only
         */
        WalletTerminalPaymentList: components["schemas"]["WalletTerminalPayment"][];
        /** WalletTerminalRemoved */
        WalletTerminalRemoved: {
            deleted: boolean;
            deviceId: string;
            terminalId: number;
        } & {
            [key: string]: unknown;
        };
        /** WalletTransferType */
        WalletTransferType: {
            /** @description financialNetwork | webService (open: Migo may add values) */
            channel: string;
            /** Format: date-time */
            createdAt: string;
            id: number;
            /** @description settlement | reversed (open: Migo may add values) */
            model: string;
            /** @description debit | credit (open: Migo may add values) */
            movementType: string;
            name: string | null;
            type: string;
            /** Format: date-time */
            updatedAt: string;
        } & {
            [key: string]: unknown;
        };
        /** WalletTransferTypeList */
        WalletTransferTypeList: components["schemas"]["WalletTransferType"][];
        /**
         * WalletUser
         * @description `business` and `terminal` come only when the user registered with a lead's invitation code: what Migo provisioned with the user
         */
        WalletUser: {
            branchCode: string | null;
            business?: components["schemas"]["WalletBusiness"];
            /** Format: date-time */
            createdAt: string;
            email: string;
            firstName: string;
            lastName: string;
            partnerId: string | null;
            phoneNumber: string | null;
            profile: {
                [key: string]: unknown;
            };
            /** @description admin | cashier | cardholder (open: Migo may add values) */
            role: string;
            /** @description active | inactive (open: Migo may add values) */
            status: string;
            terminal?: components["schemas"]["WalletTerminal"];
            userId: number;
            username: string;
        } & {
            [key: string]: unknown;
        };
        /** WalletUserPermissions */
        WalletUserPermissions: {
            permissions: ({
                action: string;
                granted: boolean;
                permissionId: number;
                resource: string;
                roleId: number;
                /** Format: date-time */
                updatedAt: string;
            } & {
                [key: string]: unknown;
            })[];
            userId: number;
        } & {
            [key: string]: unknown;
        };
        /** Watch */
        Watch: {
            /** Format: date-time */
            createdAt: string;
            endReason: string | null;
            endedAt: string | null;
            /** @description Events emitted so far */
            events: number;
            id: string;
            links: {
                events: string;
                self: string;
            } & {
                [key: string]: unknown;
            };
            /** @description The watched object’s partner */
            partnerId: string | null;
            /**
             * @description ended: the object ended (a subscription inactive, a card cancelled); deleted: by the app
             * @enum {unknown}
             */
            state: "active" | "ended" | "deleted";
            /** @enum {unknown} */
            type: "middleware.subscription" | "wallet.card";
            /** @description The subscription uid or the card id watched */
            upstreamId: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * WatchEvent
         * @description The data of a `watch` event on /v1/events (its SSE id is a stream id, resumable with Last-Event-ID like job events)
         */
        WatchEvent: {
            /** Format: date-time */
            at: string;
            /** @description renewal-charged / renewal-declined / charge-approved / charge-declined (with the payment-history `entry`), status-changed (`from`, `to`), gone (the object no longer exists) */
            change: {
                entry?: {
                    [key: string]: unknown;
                };
                from?: string;
                kind: string;
                to?: string;
            } & {
                [key: string]: unknown;
            };
            partnerId?: string;
            /** @enum {unknown} */
            type: "middleware.subscription" | "wallet.card";
            upstreamId: string;
            watchId: string;
        } & {
            [key: string]: unknown;
        };
        /** WatchEventList */
        WatchEventList: {
            items: ({
                id: string;
            } & components["schemas"]["WatchEvent"])[];
        } & {
            [key: string]: unknown;
        };
        /** WatchList */
        WatchList: {
            items: components["schemas"]["Watch"][];
            nextCursor: string | null;
        } & {
            [key: string]: unknown;
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
        /** @description The body must come with a Content-Length */
        LengthRequired: {
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
        /** @description The app’s request rate, or its open streams, long-polls or watches on this instance, are over their limit */
        TooManyRequests: {
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
    getLiveness: {
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
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Readiness */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
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
    scrapeMetrics: {
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCmsModules: {
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
            /** @description CmsModuleList */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsModuleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCmsPartners: {
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
            /** @description CmsPartnerList */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsPartnerList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCmsPartnerBalance: {
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
            /** @description CmsPartnerBalance */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsPartnerBalance"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCmsProcessRequests: {
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
            /** @description CmsProcessRequestPage */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsProcessRequestPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAllCmsProcessRequests: {
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
            /** @description CmsProcessRequestList */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsProcessRequestList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    reviewCmsProcessRequest: {
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
            /** @description CmsProcessRequest */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsProcessRequest"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCmsPartner: {
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
            /** @description CmsPartner */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsPartner"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCmsPartnerCardholders: {
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
            /** @description CmsCardholderPage */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsCardholderPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCmsCardholder: {
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
            /** @description CmsCardholder */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsCardholder"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    uploadCmsCardholders: {
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
                    "application/json": components["schemas"]["JobAccepted"] & {
                        upstream: components["schemas"]["CmsUploadAccepted"];
                    };
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCmsCardholder: {
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
            /** @description CmsCardholderDetail */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsCardholderDetail"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    closeCmsCardholder: {
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
            /** @description CmsCardholderDetail */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsCardholderDetail"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    uploadCmsCards: {
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
                    "application/json": components["schemas"]["JobAccepted"] & {
                        upstream: components["schemas"]["CmsUploadAccepted"];
                    };
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    uploadCmsConciliationFile: {
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
                    "application/json": components["schemas"]["JobAccepted"] & {
                        upstream: components["schemas"]["CmsUploadAccepted"];
                    };
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCmsProcessRequest: {
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
            /** @description CmsProcessRequestCreated */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsProcessRequestCreated"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCmsUploadBatch: {
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
            /** @description CmsBatch */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsBatch"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCmsPermissions: {
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
            /** @description CmsPermissionList */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsPermissionList"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    openCmsSession: {
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
            /** @description CmsSessionOpened */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsSessionOpened"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCmsSession: {
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
            /** @description CmsSession */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    closeCmsSession: {
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
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    verifyCmsOtp: {
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
            /** @description CmsOtpVerified */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsOtpVerified"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    requestCmsOtp: {
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
            /** @description CmsOtpRequested */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsOtpRequested"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCmsUserPermissions: {
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
            /** @description CmsPermissionList */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsPermissionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    grantCmsPermissions: {
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
            /** @description CmsGrantedPermissionList */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsGrantedPermissionList"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    revokeCmsPermissions: {
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
            /** @description CmsGrantedPermissionList */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CmsGrantedPermissionList"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    streamAppEvents: {
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listJobs: {
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    trackJob: {
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
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getJob: {
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelJob: {
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    streamJobEvents: {
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getJobResult: {
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
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createAlternativePayment: {
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
                    "application/json": components["schemas"]["JobAccepted"] & {
                        upstream: components["schemas"]["AlternativePaymentCreated"];
                    };
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAlternativePayment: {
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
            /** @description AlternativePayment */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlternativePayment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    dismissAlternativePayment: {
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
            /** @description AlternativePaymentDismissal */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlternativePaymentDismissal"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAlternativePaymentIntents: {
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
            /** @description AlternativePaymentIntents */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlternativePaymentIntents"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    payAlternativePayment: {
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
            /** @description AlternativePaymentStarted */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlternativePaymentStarted"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    lookupBin: {
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
            /** @description BinInfo */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BinInfo"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    lookupBins: {
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
            /** @description BinBatchLookup */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BinBatchLookup"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    refundPaymentLink: {
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
                    "application/json": components["schemas"]["JobAccepted"] & {
                        upstream: components["schemas"]["MiddlewarePaymentLink"];
                    };
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    revertPaymentLink: {
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
                    "application/json": components["schemas"]["JobAccepted"] & {
                        upstream: components["schemas"]["MiddlewarePaymentLink"];
                    };
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSuspensions: {
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
            /** @description SuspensionPage */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspensionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSuspension: {
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
            /** @description SuspensionEntry */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspensionEntry"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    removeSuspension: {
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
            /** @description SuspensionEntry */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspensionEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPaymentLink: {
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
                    "application/json": components["schemas"]["JobAccepted"] & {
                        upstream: components["schemas"]["MiddlewarePaymentLinkCreated"];
                    };
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPaymentLink: {
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
            /** @description MiddlewarePaymentLink */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MiddlewarePaymentLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updatePlan: {
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
            /** @description MiddlewarePlan */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MiddlewarePlan"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPlan: {
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
            /** @description MiddlewarePlan */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MiddlewarePlan"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPlans: {
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
            /** @description MiddlewarePlanList */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MiddlewarePlanList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPlan: {
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
            /** @description MiddlewarePlan */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MiddlewarePlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSubscriptions: {
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
            /** @description MiddlewareSubscriptionList */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MiddlewareSubscriptionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateSubscription: {
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
            /** @description MiddlewareSubscription */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MiddlewareSubscription"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    chargeSubscriptions: {
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
                    "application/json": components["schemas"]["JobAccepted"] & {
                        upstream: components["schemas"]["ChargeBatchAnswer"];
                    };
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    uploadChargesCsv: {
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
                    "application/json": components["schemas"]["JobAccepted"] & {
                        upstream: components["schemas"]["ChargesCsvAccepted"];
                    };
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSubscription: {
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
            /** @description MiddlewareSubscription */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MiddlewareSubscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPaymentHistory: {
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
            /** @description PaymentHistory */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentHistory"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addPaymentMethod: {
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
            /** @description MiddlewarePaymentMethod */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MiddlewarePaymentMethod"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    removePaymentMethod: {
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
            /** @description MiddlewarePaymentMethod */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MiddlewarePaymentMethod"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    setDefaultPaymentMethod: {
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
            /** @description MiddlewareSubscription */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MiddlewareSubscription"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    verifyCardForSubscription: {
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
            /** @description CardVerification */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardVerification"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelSubscription: {
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
            /** @description MiddlewareSubscription */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MiddlewareSubscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchMigrationTransactions: {
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
            /** @description MigrationTransactionSearchPage */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MigrationTransactionSearchPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSupportRecord: {
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
            /** @description SupportRecord */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCardActivityView: {
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
            /** @description CardActivityView */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardActivityView"];
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
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCardholderView: {
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
            /** @description CardholderView */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardholderView"];
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
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPartnerOverviewView: {
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
            /** @description PartnerOverviewView */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerOverviewView"];
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
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPartnerSettlementsView: {
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
            /** @description PartnerSettlementsView */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerSettlementsView"];
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
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    removeWalletTerminal: {
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
            /** @description WalletTerminalRemoved */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletTerminalRemoved"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateWalletTerminal: {
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
            /** @description WalletTerminal */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletTerminal"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getWalletUserTerminalLegacy: {
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
            /** @description WalletTerminal */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletTerminal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWalletBusinessDocs: {
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
            /** @description WalletBusinessDocLinkList */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletBusinessDocLinkList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    uploadWalletBusinessFiles: {
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
            /** @description WalletBusinessFilesUploaded */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletBusinessFilesUploaded"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    defineWalletTransferTypes: {
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
            /** @description WalletTransferTypeList */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletTransferTypeList"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCardTransfer: {
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
            /** @description WalletCardTransfer */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletCardTransfer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCardTransfer: {
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
            /** @description WalletCardTransfer */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletCardTransfer"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getWalletCard: {
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
            /** @description WalletCard */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletCard"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    setWalletCardAlias: {
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
            /** @description WalletCard */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletCard"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    adjustWalletCardFunds: {
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
            /** @description WalletFundsMovement */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletFundsMovement"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    operateWalletCardFunds: {
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
            /** @description WalletFundsMovement */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletFundsMovement"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    setWalletCardPin: {
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
            /** @description WalletPinSet */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletPinSet"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    requestWalletCardStatement: {
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
                    "application/json": components["schemas"]["JobAccepted"] & {
                        upstream: components["schemas"]["WalletStatementAccepted"];
                    };
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getWalletCardStatement: {
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
            /** @description WalletStatementStatus */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletStatementStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    downloadWalletCardStatement: {
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
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    setWalletCardStatus: {
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
            /** @description WalletCard */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletCard"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMonthlyCardMovements: {
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
            /** @description WalletCardMovementList */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletCardMovementList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    setWalletCardUserPin: {
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
            /** @description WalletPinSet */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletPinSet"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getWalletConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description WalletAppConfig */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletAppConfig"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateWalletConfig: {
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
            /** @description WalletAppConfig */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletAppConfig"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getWalletUserTerminal: {
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
            /** @description WalletTerminal */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletTerminal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWalletDeviceTransactions: {
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
            /** @description WalletTerminalPaymentList */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletTerminalPaymentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getWalletDeviceTransaction: {
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
            /** @description WalletTerminalPayment */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletTerminalPayment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createWalletLead: {
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
            /** @description WalletLeadAccepted */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletLeadAccepted"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getWalletLeadFile: {
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
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWalletSettlements: {
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
            /** @description WalletSettlementPage */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletSettlementPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getWalletSettlement: {
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
            /** @description WalletSettlement */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletSettlement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createWalletTerminalPayment: {
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
                    "application/json": components["schemas"]["JobAccepted"] & {
                        upstream: components["schemas"]["WalletTerminalPayment"];
                    };
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getWalletTerminalPayment: {
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
            /** @description WalletTerminalPayment */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletTerminalPayment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateWalletTerminalPayment: {
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
            /** @description WalletTerminalPayment */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletTerminalPayment"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    registerWalletUser: {
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
            /** @description WalletUser */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletUser"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    verifyWalletOtp: {
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
            /** @description WalletOtpVerified */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletOtpVerified"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    requestWalletOtp: {
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
            /** @description WalletOtpSent */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletOtpSent"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    resetWalletPassword: {
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
            /** @description WalletPasswordReset */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletPasswordReset"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createWalletInvitationCode: {
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
            /** @description WalletInvitationCode */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletInvitationCode"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWalletPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description WalletPermissionList */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletPermissionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    defineWalletPermissions: {
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
            /** @description WalletPermissionList */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletPermissionList"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getWalletUser: {
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
            /** @description WalletUser */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWalletUserCards: {
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
            /** @description WalletCardList */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletCardList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    linkWalletCard: {
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
            /** @description WalletCard */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletCard"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    issueWalletCard: {
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
            /** @description WalletCard */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletCard"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWalletLinkedCards: {
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
            /** @description WalletLinkedCardList */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletLinkedCardList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createWalletLinkedCard: {
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
            /** @description WalletLinkedCard */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletLinkedCard"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    removeWalletLinkedCard: {
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
            /** @description WalletLinkedCardRemoved */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletLinkedCardRemoved"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    renameWalletLinkedCard: {
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
            /** @description WalletLinkedCard */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletLinkedCard"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    grantWalletUserPermissions: {
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
            /** @description WalletUserPermissions */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletUserPermissions"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateWalletUserPermissions: {
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
            /** @description WalletUserPermissions */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletUserPermissions"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWatches: {
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWatch: {
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
            /** @description The app’s active watch of the same object, which already existed */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Watch"];
                };
            };
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
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getWatch: {
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWatch: {
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWatchEvents: {
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
